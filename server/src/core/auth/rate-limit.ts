import { Pool } from 'pg';
import { msg, type Message } from '../i18n/messages.js';
import { BurstyRateLimiter, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from '../errors.js';
import type { Viewer } from './viewer.js';

// Every limit of the API in one place, with its counters in PostgreSQL so that all API processes share them.
// A refusal is RATE_LIMITED with `limit` (which one, so that a screen can say it in the reader's language)
// and `retryAfterSeconds`.

export const RateLimit = {
  // Wrong passwords: from one address, or for one e-mail address from one address.
  SIGN_IN: 'SIGN_IN',
  // Wrong join or personal codes: from one device, or from one address for devices that never joined.
  JOIN_CODES: 'JOIN_CODES',
  // Joins of one session from one address: a hall on one Wi-Fi joins at a pace, not all in one second.
  JOIN_PACE: 'JOIN_PACE',
  // Challenges and ideas, votes: of one participant, and of one session.
  CONTRIBUTIONS: 'CONTRIBUTIONS',
  SESSION_CONTRIBUTIONS: 'SESSION_CONTRIBUTIONS',
  VOTES: 'VOTES',
  SESSION_VOTES: 'SESSION_VOTES',
  // Public outcome pages the server renders for one address: a page is no way around the API's limits.
  PUBLIC_PAGES: 'PUBLIC_PAGES',
} as const;

export type RateLimit = (typeof RateLimit)[keyof typeof RateLimit];

// What a deployment may change (README, "Running in production"); the rest are fixed below.
export interface RateLimitSettings {
  // Joins of one session from one address per minute, after the first JOIN_BURST at once.
  joinsPerMinute: number;
  // Challenges and ideas per participant per minute; a session takes SESSION_FACTOR times as many.
  contributionsPerMinute: number;
  // Votes per participant per minute; a session takes SESSION_FACTOR times as many.
  votesPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  joinsPerMinute: 15,
  contributionsPerMinute: 10,
  votesPerMinute: 30,
};

const WINDOW_SECONDS = 15 * 60;
// Failed sign-ins from one address, whatever the account: stops a script trying many accounts.
export const SIGN_IN_FAILURES_PER_ADDRESS = 20;
// Failed sign-ins for one e-mail address from one address. Someone elsewhere guessing the password does not
// touch the owner's own count, so nobody can lock the owner out; a success starts the count again.
export const SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
// Wrong codes of one device (its cookie), and of one address for devices without a successful join.
export const JOIN_FAILURES_PER_DEVICE = 10;
export const JOIN_FAILURES_PER_ADDRESS = 60;
// A device that joined once stays known this long: the address's budget no longer applies to it.
const KNOWN_DEVICE_SECONDS = 7 * 24 * 3600;
// Joins of one session from one address that may come at once, before the pace applies.
export const JOIN_BURST = 5;
// A participant's first contributions and votes may come at once (an outbox sending what was kept offline).
export const SESSION_FACTOR = 60;

export interface SignInLimits {
  // Counts an attempt before the password is checked, so that parallel guesses cannot slip through. The same for
  // e-mail addresses with and without an account: the answer tells nothing about which exist.
  attempt(address: string, email: string): Promise<void>;
  // The password was right: the attempt is given back and this e-mail address starts again from this address.
  succeeded(address: string, email: string): Promise<void>;
}

export interface JoinLimits {
  // Counts a code before it is looked up.
  attempt(address: string, device: string): Promise<void>;
  // The code was right: the attempt is given back and the device is known from now on.
  succeeded(address: string, device: string): Promise<void>;
  // One more join of this session from this address.
  admit(address: string, sessionId: string): Promise<void>;
}

// The pace of one person in a session. Staff are not limited: a facilitator types what the room says,
// and their offline queue sends a whole workshop at once when the network is back.
export interface Pace {
  contribute(sessionId: string): Promise<void>;
  vote(sessionId: string): Promise<void>;
}

// Renders of public pages (a cached page costs nothing and counts for nothing) from one address per minute.
export const PUBLIC_PAGE_RENDERS_PER_MINUTE = 60;

export interface RateLimits {
  signIn: SignInLimits;
  join: JoinLimits;
  // Counts one server render of a public page for an address; RATE_LIMITED when it has had its share.
  publicPage(address: string): Promise<void>;
  pace(viewer: () => Viewer): Pace;
  close(): Promise<void>;
}

export const NO_PACE: Pace = { contribute: async () => undefined, vote: async () => undefined };

// How long to wait, in the reader's language: seconds under a minute and a half, else minutes.
function wait(retryAfterMs: number): Message {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return seconds < 90
    ? msg('common:wait.seconds', { count: seconds })
    : msg('common:wait.minutes', { count: Math.ceil(seconds / 60) });
}

export function rateLimited(limit: RateLimit, retryAfterMs: number): DomainError {
  return new DomainError(ErrorCode.RATE_LIMITED, msg(`common:rateLimited.${limit}`, { wait: wait(retryAfterMs) }), {
    limit,
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  });
}

interface Limiter {
  consume(key: string): Promise<RateLimiterRes>;
}

// Consumes one point of each limiter, in order; the first that has none left refuses with its limit.
async function consume(...steps: [Limiter, string, RateLimit][]): Promise<void> {
  for (const [limiter, key, limit] of steps) {
    try {
      await limiter.consume(key);
    } catch (result) {
      if (result instanceof RateLimiterRes) throw rateLimited(limit, result.msBeforeNext);
      throw result;
    }
  }
}

const accountKey = (address: string, email: string): string => `${email}|${address}`;

export function createRateLimits(databaseUrl: string, overrides: Partial<RateLimitSettings> = {}): RateLimits {
  const settings = { ...DEFAULT_RATE_LIMITS, ...overrides };
  // A counter needs no wait for the disk: after a crash, losing its last few points lets a few requests more through
  // for a minute. Without the wait, a contribution's three counters no longer queue behind each one's commit.
  const pool = new Pool({ connectionString: databaseUrl, max: 2, options: '-c synchronous_commit=off' });
  const limiter = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix,
      points,
      duration,
      clearExpiredByTimeout: false,
    });
  // `perMinute` spread evenly over the minute (one every few seconds), plus `burst` at once within a minute.
  const paced = (keyPrefix: string, perMinute: number, burst: number) => {
    const interval = 60 / perMinute;
    const steady =
      interval >= 1 ? limiter(keyPrefix, 1, Math.round(interval)) : limiter(keyPrefix, Math.round(perMinute / 60), 1);
    return new BurstyRateLimiter(steady, limiter(`${keyPrefix}-burst`, burst, 60));
  };

  const signInByAddress = limiter('sign-in', SIGN_IN_FAILURES_PER_ADDRESS, WINDOW_SECONDS);
  const signInByAccount = limiter('sign-in-account', SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, WINDOW_SECONDS);
  const codesByDevice = limiter('join-device', JOIN_FAILURES_PER_DEVICE, WINDOW_SECONDS);
  const codesByAddress = limiter('join', JOIN_FAILURES_PER_ADDRESS, WINDOW_SECONDS);
  const knownDevices = limiter('join-known-device', 1, KNOWN_DEVICE_SECONDS);
  const joins = paced('join-pace', settings.joinsPerMinute, JOIN_BURST);
  const contributions = paced('contribute', settings.contributionsPerMinute, settings.contributionsPerMinute);
  const sessionContributions = limiter('contribute-session', settings.contributionsPerMinute * SESSION_FACTOR, 60);
  const votes = paced('vote', settings.votesPerMinute, settings.votesPerMinute);
  const sessionVotes = limiter('vote-session', settings.votesPerMinute * SESSION_FACTOR, 60);
  const publicPages = limiter('public-page', PUBLIC_PAGE_RENDERS_PER_MINUTE, 60);

  return {
    signIn: {
      attempt: (address, email) =>
        consume(
          [signInByAddress, address, RateLimit.SIGN_IN],
          [signInByAccount, accountKey(address, email), RateLimit.SIGN_IN],
        ),
      async succeeded(address, email) {
        await signInByAddress.reward(address);
        await signInByAccount.delete(accountKey(address, email));
      },
    },
    join: {
      async attempt(address, device) {
        await consume([codesByDevice, device, RateLimit.JOIN_CODES]);
        // A script that drops its cookie is a new device each time: the address's budget stops it, but not the
        // phones on the same Wi-Fi that already joined.
        if (!(await knownDevices.get(device))) await consume([codesByAddress, address, RateLimit.JOIN_CODES]);
      },
      async succeeded(address, device) {
        await codesByDevice.reward(device);
        if (!(await knownDevices.get(device))) await codesByAddress.reward(address);
        await knownDevices.set(device, 1, KNOWN_DEVICE_SECONDS);
      },
      admit: (address, sessionId) => consume([joins, `${sessionId}|${address}`, RateLimit.JOIN_PACE]),
    },
    publicPage: (address) => consume([publicPages, address, RateLimit.PUBLIC_PAGES]),
    pace(viewer) {
      const participant = () => {
        const current = viewer();
        return current.kind === 'participant' ? current.participantId : undefined;
      };
      return {
        async contribute(sessionId) {
          const id = participant();
          if (id)
            await consume(
              [contributions, id, RateLimit.CONTRIBUTIONS],
              [sessionContributions, sessionId, RateLimit.SESSION_CONTRIBUTIONS],
            );
        },
        async vote(sessionId) {
          const id = participant();
          if (id) await consume([votes, id, RateLimit.VOTES], [sessionVotes, sessionId, RateLimit.SESSION_VOTES]);
        },
      };
    },
    close: () => pool.end(),
  };
}
