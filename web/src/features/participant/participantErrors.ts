import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

export interface Refusal {
  code: string;
  // For RATE_LIMITED: how long to wait before sending again.
  retryAfterSeconds?: number;
  // For RATE_LIMITED: which limit, such as JOIN_PACE.
  limit?: string;
  // The server's own words, for codes this screen has no sentence of its own for.
  message: string;
}

// A refusal is the server saying no (over budget, round closed): sending again will not help.
// Anything else (no network, a gateway timing out) may pass on the next try.
export function refusalOf(error: unknown): Refusal | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    const retryAfterSeconds = first?.extensions?.['retryAfterSeconds'];
    const limit = first?.extensions?.['limit'];
    return {
      code: typeof code === 'string' ? code : 'UNKNOWN',
      message: first?.message ?? '',
      ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
      ...(typeof limit === 'string' ? { limit } : {}),
    };
  }
  if (
    ServerError.is(error) &&
    error.statusCode >= 400 &&
    error.statusCode < 500 &&
    ![408, 429].includes(error.statusCode)
  ) {
    return { code: 'BAD_REQUEST', message: error.message };
  }
  return undefined;
}

// The codes a participant can meet, each with its own plain sentence in the locale files.
export const knownRefusals = [
  'DOT_BUDGET_EXCEEDED',
  'SESSION_NOT_OPEN',
  'VOTING_ROUND_CLOSED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
] as const;

export type KnownRefusal = (typeof knownRefusals)[number];

export const isKnownRefusal = (code: string): code is KnownRefusal =>
  (knownRefusals as readonly string[]).includes(code);
