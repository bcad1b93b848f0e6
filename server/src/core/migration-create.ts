// Writes a migration for the difference between the entities and the last snapshot,
// against a throw-away embedded database that holds every earlier migration.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedDataDir, startEmbeddedPostgres } from './database.js';

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');
const resetInitial = process.argv.includes('--reset-initial');

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

// Before the first release only: rebuild the one initial migration from the entities.
if (resetInitial) {
  for (const file of readdirSync(migrationsDir)) {
    if (file.startsWith('Migration') || file.startsWith('.snapshot')) rmSync(path.join(migrationsDir, file));
  }
  writeMigrationList();
}

const dataDir = embeddedDataDir(`migration-create-${process.pid}`);
const db = await startEmbeddedPostgres({
  dataDir,
  port: 20000 + (process.pid % 20000),
  database: 'migration_create',
  persistent: false,
});
// Imported only now: the ORM loads the migration list, which a reset has just rewritten.
const { initOrm } = await import('./orm.js');
const orm = await initOrm({ url: db.url });
try {
  if (!resetInitial) await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, resetInitial);
  let written = result.fileName;
  if (written && resetInitial) {
    // A stable name, so that rebuilding it leaves the migration list unchanged.
    const stable = 'Migration20261125000000_initial';
    const source = readFileSync(path.join(migrationsDir, written), 'utf8').replaceAll(
      written.replace(/\.ts$/, ''),
      stable,
    );
    rmSync(path.join(migrationsDir, written));
    writeFileSync(path.join(migrationsDir, `${stable}.ts`), source);
    written = `${stable}.ts`;
  }
  writeMigrationList();
  console.log(written ? `wrote ${written}` : 'no changes');
} finally {
  await orm.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
