import type { GraphQLResult } from '../test-app.js';
import type { GeneratedRequest } from './operations.js';

const SHORT: Record<string, string> = {
  UNAUTHENTICATED: 'UNAUTH',
  FORBIDDEN: 'FORBID',
  NOT_FOUND: 'NOTFND',
  BAD_USER_INPUT: 'BADIN',
  CONFLICT: 'CONFL',
  INVALID_STATUS_TRANSITION: 'STATUS',
  INTERNAL_SERVER_ERROR: 'ERROR!',
  GRAPHQL_VALIDATION_FAILED: 'INVALID',
};

// The answer to the operation itself: the code of an error on the operation's own field (or on the
// whole request), `ok*` when only nested fields failed, `ok` when nothing did.
export function outcomeCode(result: GraphQLResult, operation: string): string {
  const errors = result.errors ?? [];
  const own = errors.find((e) => !e.path || (e.path.length === 1 && e.path[0] === operation));
  if (own) return own.extensions?.code ?? 'UNKNOWN';
  return errors.length ? 'ok*' : 'ok';
}

export const isRefusal = (code: string): boolean => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';

export const shortCode = (code: string): string => SHORT[code] ?? code.slice(0, 6);

// The other tenant's secrets in an answer, leaving out what the request itself named (an echoed id is no leak).
export function leaksIn(result: GraphQLResult, request: GeneratedRequest, secrets: readonly string[]): string[] {
  const answer = JSON.stringify(result);
  const asked = request.query + JSON.stringify(request.variables);
  return secrets.filter((secret) => answer.includes(secret) && !asked.includes(secret));
}
