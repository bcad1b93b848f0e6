import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The repository root, whether we run from src/ (tsx) or dist/ (compiled).
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const port = z.coerce.number().int().min(1).max(65535);

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
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  // Demo data (with demo accounts and a public password) loads into an empty database, except in production.
  SEED_DEMO: z.enum(['true', 'false']).optional(),
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
