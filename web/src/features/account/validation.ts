import type { TFunction } from 'i18next';

// Checks in the reader's language, before anything goes to the server (which checks again).
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 500;

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
  if (value.length < PASSWORD_MIN_LENGTH) return t('form:passwordTooShort', { count: PASSWORD_MIN_LENGTH });
  if (value.length > PASSWORD_MAX_LENGTH) return t('form:tooLong', { count: PASSWORD_MAX_LENGTH });
  return null;
}

export function validateSame(value: string, other: string, t: Translate): string | null {
  if (!value) return t('form:required');
  return value === other ? null : t('form:passwordsDiffer');
}
