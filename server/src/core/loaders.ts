import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { EntityManager } from './orm.js';
import { isUuid } from './uuid.js';

type WithId = { id: string };
type Order = Record<string, 'asc' | 'desc'>;

const refId = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as WithId).id : undefined;

// Wait for the end of the event-loop turn, not just the microtask queue: the authorization guard's own
// lookups interleave with the resolvers, and a batch cut short would add statements (by timing, not by rows).
const BATCHING = { batchScheduleFn: (run: () => void) => setImmediate(run) };

// Per-request batching: every field that reads related rows goes through one of these,
// so a nested query costs one statement per level, not one per row.
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  private memo<V>(key: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make();
      this.cache.set(key, loader);
    }
    return loader as DataLoader<string, V>;
  }

  // One entity by id; undefined when it does not exist.
  byId<T extends WithId>(entity: EntityClass<T>): DataLoader<string, T | undefined> {
    return this.memo(
      `id:${entity.name}`,
      () =>
        new DataLoader<string, T | undefined>(async (ids) => {
          const valid = ids.filter(isUuid);
          const rows = valid.length
            ? await this.em.find(entity, { id: { $in: valid } } as unknown as FilterQuery<T>)
            : [];
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id));
        }, BATCHING),
    );
  }

  // All rows of `entity` whose `foreignKey` points at each given parent id, ordered.
  childrenOf<T extends WithId>(
    entity: EntityClass<T>,
    foreignKey: keyof T & string,
    orderBy: Order = { createdAt: 'asc', id: 'asc' },
    where: FilterQuery<T> = {},
    variant = '',
  ): DataLoader<string, T[]> {
    return this.memo(
      `children:${entity.name}:${foreignKey}:${variant}`,
      () =>
        new DataLoader<string, T[]>(async (parentIds) => {
          const rows = await this.em.find(
            entity,
            { $and: [{ [foreignKey]: { $in: [...parentIds] } }, where] } as FilterQuery<T>,
            { orderBy: orderBy as never },
          );
          const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
          for (const row of rows) groups.get(refId(row[foreignKey]) ?? '')?.push(row);
          return parentIds.map((id) => groups.get(id) ?? []);
        }, BATCHING),
    );
  }

  // A loader for anything else (counts, sums); `batch` gets the keys and returns values in order.
  custom<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return this.memo(`custom:${key}`, () => new DataLoader<string, V>(batch, BATCHING));
  }
}
