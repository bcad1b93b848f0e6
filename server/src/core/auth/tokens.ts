import { createHash, randomBytes, randomInt } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

// Codes people type or read aloud: no 0/O, 1/I/L, 5/S, 2/Z look-alikes.
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';

export function newCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

// What people type: lower case, spaces and dashes are forgiven.
export const normaliseCode = (input: string): string => input.toUpperCase().replace(/[\s-]/g, '');
