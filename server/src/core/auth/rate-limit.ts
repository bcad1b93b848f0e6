import { msg } from '../i18n/messages.js';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from '../errors.js';

export interface AttemptLimit {
  // Counts an attempt before it is checked, so that a burst of parallel guesses cannot slip through;
  // refuses with RATE_LIMITED when this client has used up its attempts.
  attempt(clientKey: string): Promise<void>;
  // Gives a successful attempt back: only failures count.
  succeeded(clientKey: string): Promise<void>;
}

export interface RateLimits {
  signIn: AttemptLimit;
  join: AttemptLimit;
  close(): Promise<void>;
}

export const SIGN_IN_FAILURES_PER_CLIENT = 20;
export const JOIN_FAILURES_PER_CLIENT = 15;
const WINDOW_SECONDS = 15 * 60;

type Attempts = 'signIn' | 'join';

function refuse(retryAfterMs: number, what: Attempts): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new DomainError(ErrorCode.RATE_LIMITED, msg(`common:rateLimited.${what}`, { count: minutes }), {
    retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
  });
}

// Only failures count: a hall full of phones behind one Wi-Fi address may all join at once,
// but a script guessing codes or passwords is stopped after a few dozen misses.
function attemptLimit(pool: Pool, prefix: string, points: number, what: Attempts): AttemptLimit {
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: 'rate_limit',
    tableCreated: true,
    keyPrefix: prefix,
    points,
    duration: WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  });
  return {
    async attempt(clientKey) {
      try {
        await limiter.consume(clientKey);
      } catch (result) {
        if (result instanceof RateLimiterRes) throw refuse(result.msBeforeNext, what);
        throw result;
      }
    },
    async succeeded(clientKey) {
      await limiter.reward(clientKey);
    },
  };
}

export function createRateLimits(databaseUrl: string): RateLimits {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  return {
    signIn: attemptLimit(pool, 'sign-in', SIGN_IN_FAILURES_PER_CLIENT, 'signIn'),
    join: attemptLimit(pool, 'join', JOIN_FAILURES_PER_CLIENT, 'join'),
    close: () => pool.end(),
  };
}
