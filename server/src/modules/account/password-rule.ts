import { PASSWORD_RULE } from '@samenspraak/schema/rules';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { DomainError, ErrorCode } from '../../core/errors.js';

export { PASSWORD_RULE };

// The rule in words, for the schema's descriptions; the web says the same from the shared constant.
export const PASSWORD_RULE_TEXT =
  `${PASSWORD_RULE.minLength} to ${PASSWORD_RULE.maxLength} characters, and not easy to guess: ` +
  'a common password, a word with a few digits, a date, a keyboard row or a repeated pattern is refused';

export const PasswordProblem = {
  TOO_SHORT: 'TOO_SHORT',
  TOO_LONG: 'TOO_LONG',
  TOO_GUESSABLE: 'TOO_GUESSABLE',
} as const;

// zxcvbn estimates how many guesses a password takes, knowing the most common passwords, English and Dutch
// words and names, dates, keyboard rows and repeats. Its word lists load on the first check.
let estimator: ZxcvbnFactory | undefined;
const strength = (): ZxcvbnFactory =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

// Refuses a new password that breaks the rule, as BAD_USER_INPUT on `field`, with `reason` for the screen.
// `personal` are words the person's own password must not lean on: their e-mail address and name.
export function assertPasswordRule(password: string, field: string, personal: readonly string[] = []): void {
  const refuse = (reason: keyof typeof PasswordProblem, message: string) =>
    new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason });
  if (password.length < PASSWORD_RULE.minLength)
    throw refuse('TOO_SHORT', `The password must have at least ${PASSWORD_RULE.minLength} characters.`);
  if (password.length > PASSWORD_RULE.maxLength)
    throw refuse('TOO_LONG', `The password must have at most ${PASSWORD_RULE.maxLength} characters.`);
  const inputs = ['samenspraak', ...personal.flatMap((word) => word.toLowerCase().split(/[\s@.]+/))];
  const result = strength().check(
    password,
    inputs.filter((word) => word.length >= 3),
  );
  if (result.score < PASSWORD_RULE.minStrength) {
    const hint = result.feedback.warning ? ` (${result.feedback.warning.replace(/\.$/, '').toLowerCase()})` : '';
    throw refuse(
      'TOO_GUESSABLE',
      `This password is too easy to guess${hint}. A few unrelated words in a row are easy to remember and hard to guess.`,
    );
  }
}
