import { CombinedGraphQLErrors } from '@apollo/client';

// The server gives each error a stable code and a message meant for people.
export function graphQLMessages(error: unknown): string[] {
  return CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.message) : [];
}

function hasCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}

export const isNotFound = (error: unknown) => hasCode(error, 'NOT_FOUND');

// Asking again will not help: the person has to sign in, or may not see this at all.
export const isAccessDenied = (error: unknown) => hasCode(error, 'UNAUTHENTICATED') || hasCode(error, 'FORBIDDEN');

export const isUnauthenticated = (error: unknown) => hasCode(error, 'UNAUTHENTICATED');

// The code of the first error the server sent, such as RATE_LIMITED; undefined for a network failure.
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

// How long to wait before trying again, for RATE_LIMITED.
export function retryAfterMinutes(error: unknown): number | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const seconds = error.errors[0]?.extensions?.['retryAfterSeconds'];
  return typeof seconds === 'number' ? Math.max(1, Math.ceil(seconds / 60)) : undefined;
}

interface Problem {
  field: string;
  message: string;
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Problem).field === 'string' &&
  typeof (value as Problem).message === 'string';

// BAD_USER_INPUT names the fields that are wrong, as `problems: [{ field, message }]` or as one `field`:
// field name → message, for a form's `validationErrors`.
export function fieldProblems(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields: Record<string, string> = {};
  for (const e of error.errors) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const problems = e.extensions['problems'];
    if (Array.isArray(problems)) {
      for (const problem of problems.filter(isProblem)) fields[problem.field] ??= problem.message;
    } else if (typeof e.extensions['field'] === 'string') {
      fields[e.extensions['field']] ??= e.message;
    }
  }
  return fields;
}
