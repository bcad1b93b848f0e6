import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from '../errors.js';

export interface AttemptLimit {
  // Refuses with RATE_LIMITED when this client has used up its failed attempts.
  check(clientKey: string): Promise<void>;
  // Counts one failed attempt; successes cost nothing.
  fail(clientKey: string): Promise<void>;
}

export interface RateLimits {
  signIn: AttemptLimit;
  join: AttemptLimit;
  close(): Promise<void>;
}

export const SIGN_IN_FAILURES_PER_CLIENT = 20;
export const JOIN_FAILURES_PER_CLIENT = 15;
const WINDOW_SECONDS = 15 * 60;

function refuse(retryAfterMs: number, what: string): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many failed ${what} from this device. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) },
  );
}

// Only failures count: a hall full of phones behind one Wi-Fi address may all join at once,
// but a script guessing codes or passwords is stopped after a few dozen misses.
function attemptLimit(pool: Pool, prefix: string, points: number, what: string): AttemptLimit {
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
    async check(clientKey) {
      const state = await limiter.get(clientKey);
      if (state && state.remainingPoints <= 0) throw refuse(state.msBeforeNext, what);
    },
    async fail(clientKey) {
      try {
        await limiter.consume(clientKey);
      } catch (result) {
        if (result instanceof RateLimiterRes) return;
        throw result;
      }
    },
  };
}

export function createRateLimits(databaseUrl: string): RateLimits {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  return {
    signIn: attemptLimit(pool, 'sign-in', SIGN_IN_FAILURES_PER_CLIENT, 'sign-in attempts'),
    join: attemptLimit(pool, 'join', JOIN_FAILURES_PER_CLIENT, 'join codes'),
    close: () => pool.end(),
  };
}
