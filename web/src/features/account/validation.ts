import { CombinedGraphQLErrors } from '@apollo/client';
import { PASSWORD_RULE } from '@samenspraak/schema/rules';
import type { TFunction } from 'i18next';

// Checks in the reader's language, before anything goes to the server (which checks again, and also refuses
// passwords that are easy to guess: too heavy a word list to send to every browser).
export { PASSWORD_RULE };

type Translate = TFunction<['account', 'form', 'app']>;

export function validateRequired(value: string, t: Translate): string | null {
  return value.trim() ? null : t('form:required');
}

export function validateEmail(value: string, t: Translate): string | null {
  if (!value.trim()) return t('form:required');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('form:email');
}

export function validateNewPassword(value: string, t: Translate): string | null {
  if (!value) return t('form:required');
  if (value.length < PASSWORD_RULE.minLength) return t('form:passwordTooShort', { count: PASSWORD_RULE.minLength });
  if (value.length > PASSWORD_RULE.maxLength) return t('form:tooLong', { count: PASSWORD_RULE.maxLength });
  return null;
}

// The server refuses a new password with a `reason`; say it in the reader's language at the field it names.
export function passwordProblems(error: unknown, problems: Record<string, string>, t: Translate): void {
  if (!CombinedGraphQLErrors.is(error)) return;
  for (const e of error.errors) {
    const { field, reason } = e.extensions ?? {};
    if (typeof field !== 'string' || !(field in problems)) continue;
    if (reason === 'TOO_GUESSABLE') problems[field] = t('form:passwordTooGuessable');
    if (reason === 'TOO_SHORT') problems[field] = t('form:passwordTooShort', { count: PASSWORD_RULE.minLength });
  }
}

export function validateSame(value: string, other: string, t: Translate): string | null {
  if (!value) return t('form:required');
  return value === other ? null : t('form:passwordsDiffer');
}
