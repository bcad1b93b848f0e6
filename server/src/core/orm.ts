import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrations } from '../migrations/index.js';
import { entities } from './entities.js';
import type { Logger } from './logger.js';

export type { MikroORM };
export type { EntityManager } from '@mikro-orm/postgresql';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface OrmOptions {
  url: string;
  logger?: Logger;
  // Called with every SQL statement; the N+1 tests count them.
  onQuery?: (sql: string) => void;
  poolSize?: number;
}

export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.url,
    entities,
    extensions: [Migrator, SeedManager],
    migrations: {
      migrationsList: migrations,
      path: path.join(srcDir, 'migrations'),
      pathTs: path.join(srcDir, 'migrations'),
      snapshot: true,
      snapshotName: '.snapshot-samenspraak',
      snapshotOnMigrate: false,
      transactional: true,
      allOrNothing: true,
    },
    pool: { min: 0, max: options.poolSize ?? 10 },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    // No entity has filters: looking for them on every to-one relation of every query only cost time.
    autoJoinRefsForFilters: false,
    debug: options.onQuery ? ['query'] : false,
    loggerFactory: () => ({
      log: (namespace, message) => options.logger?.debug({ orm: namespace }, message),
      error: (namespace, message) => options.logger?.error({ orm: namespace }, message),
      warn: (namespace, message) => options.logger?.warn({ orm: namespace }, message),
      logQuery: (context) => options.onQuery?.(context.query ?? ''),
      setDebugMode: () => undefined,
      isEnabled: (namespace) => Boolean(options.onQuery) && namespace === 'query',
    }),
  };
}

export async function initOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
