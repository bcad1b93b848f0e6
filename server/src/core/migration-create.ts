// Writes a migration for the difference between the entities and the last snapshot,
// against a throw-away embedded database that holds every earlier migration.
import { rmSync } from 'node:fs';
import { embeddedDataDir, startEmbeddedPostgres } from './database.js';
import { initOrm } from './orm.js';

const dataDir = embeddedDataDir(`migration-create-${process.pid}`);
const db = await startEmbeddedPostgres({ dataDir, port: 54398, database: 'migration_create', persistent: false });
const orm = await initOrm({ url: db.url });
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, process.argv.includes('--initial'));
  console.log(result.fileName ? `wrote ${result.fileName}; add it to src/migrations/index.ts` : 'no changes');
} finally {
  await orm.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
