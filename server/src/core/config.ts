import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_RATE_LIMITS } from './auth/rate-limit.js';
import { parseTrustProxy, type TrustProxy } from './http/proxy.js';
import { QUERY_LIMIT_DEFAULTS } from './query-guard.js';

// The repository root, whether we run from src/ (tsx) or dist/ (compiled).
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const port = z.coerce.number().int().min(1).max(65535);
const limit = z.coerce.number().int().min(1).max(1_000_000);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  EMBEDDED_PG_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'web', 'dist')),
  // Which reverse proxies may tell the client's address (X-Forwarded-For), scheme and host: how many stand in front
  // of the server, or their addresses. See core/http/proxy.ts.
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx): TrustProxy => {
      const parsed = parseTrustProxy(value);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
  // Limits of a GraphQL document (core/query-guard.ts); the README says when to raise them.
  GRAPHQL_MAX_DEPTH: limit.default(QUERY_LIMIT_DEFAULTS.depth),
  GRAPHQL_MAX_ALIASES: limit.default(QUERY_LIMIT_DEFAULTS.aliases),
  GRAPHQL_MAX_COST: limit.default(QUERY_LIMIT_DEFAULTS.cost),
  GRAPHQL_MAX_TOKENS: limit.default(QUERY_LIMIT_DEFAULTS.tokens),
  // Demo data (with demo accounts and a public password) loads into an empty database, except in production.
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  // A self-hosted machine-translation service with LibreTranslate's API, for drafts a person checks; off when unset.
  MACHINE_TRANSLATION_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  MACHINE_TRANSLATION_API_KEY: z.string().min(1).max(500).optional(),
  MACHINE_TRANSLATION_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
  // The limits a deployment may change (see core/auth/rate-limit.ts).
  JOIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.joinsPerMinute),
  CONTRIBUTION_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.contributionsPerMinute),
  VOTE_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.votesPerMinute),
  // Whether this process releases indicator figures in the background when sessions close (modules/indicator);
  // off for a process that only answers (the benchmark, which makes its releases itself).
  RELEASE_INDICATORS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type Config = Omit<z.infer<typeof schema>, 'SEED_DEMO'> & { SEED_DEMO: boolean };

export class ConfigError extends Error {}

// Reads settings from the environment. A wrong value stops the start with a message
// that names the variable and says what is wrong with it.
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const { SEED_DEMO, ...settings } = result.data;
  return { ...settings, SEED_DEMO: SEED_DEMO ? SEED_DEMO === 'true' : settings.NODE_ENV !== 'production' };
}
