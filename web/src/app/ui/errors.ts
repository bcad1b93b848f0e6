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
