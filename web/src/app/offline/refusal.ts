import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { Refusal } from './queue';

// A refusal is the server saying no (over budget, round closed, bad input): sending again will not help. Anything
// else (no network, a gateway timing out) may pass on the next try.
export function refusalOf(error: unknown): Refusal | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    const retryAfterSeconds = first?.extensions?.['retryAfterSeconds'];
    const limit = first?.extensions?.['limit'];
    return {
      code: typeof code === 'string' ? code : 'UNKNOWN',
      message: error.errors.map((e) => e.message).join(' '),
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
