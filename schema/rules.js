// Rules that the server enforces and the web explains before a form is sent: one source for both.
// The server checks them again (and more: a password must also be hard to guess, see the account feature).

export const PASSWORD_RULE = Object.freeze({
  minLength: 12,
  maxLength: 500,
  // zxcvbn's score from 0 (a very common password) to 4; below this a password is refused as too easy to guess.
  minStrength: 3,
});
