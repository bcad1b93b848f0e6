// `pnpm db:seed`: migrates the configured database and loads the demo data if it is empty.
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../core/config.js';
import { embeddedDataDir, startEmbeddedPostgres, type EmbeddedDatabase } from '../core/database.js';
import { createLogger } from '../core/logger.js';
import { initOrm, migrate } from '../core/orm.js';
import { seedDemoIfEmpty } from './seed.js';

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
}

const orm = await initOrm({ url, logger });
try {
  await migrate(orm);
  const seeded = await seedDemoIfEmpty(orm);
  console.log(seeded ? 'Loaded the demo data.' : 'The database already holds data; the demo data was not loaded.');
} finally {
  await orm.close();
  await embedded?.stop();
}
