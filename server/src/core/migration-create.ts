// Writes a migration for the difference between the entities and the last snapshot,
// against a throw-away embedded database that holds every earlier migration.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedDataDir, startEmbeddedPostgres } from './database.js';
import { initOrm } from './orm.js';

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

// src/migrations/index.ts lists every migration file in order.
function writeMigrationList(): void {
  const names = readdirSync(migrationsDir)
    .filter((file) => /^Migration\w+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .toSorted();
  const lines = [
    "import type { Constructor } from '@mikro-orm/core';",
    "import type { Migration } from '@mikro-orm/migrations';",
    ...names.map((name) => `import { ${name} } from './${name}.js';`),
    '',
    '// Every migration, in order. Written by `pnpm migration:create`; never edit a merged migration.',
    'export const migrations: { name: string; class: Constructor<Migration> }[] = [',
    ...names.map((name) => `  { name: '${name}', class: ${name} },`),
    '];',
    '',
  ];
  writeFileSync(path.join(migrationsDir, 'index.ts'), lines.join('\n'));
}

const dataDir = embeddedDataDir(`migration-create-${process.pid}`);
const db = await startEmbeddedPostgres({
  dataDir,
  port: 20000 + (process.pid % 20000),
  database: 'migration_create',
  persistent: false,
});
const orm = await initOrm({ url: db.url });
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false);
  writeMigrationList();
  console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
} finally {
  await orm.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
