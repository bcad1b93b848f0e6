import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { notFound, type Thing } from './errors.js';
import type { EntityManager } from './orm.js';
import { isUuid } from './uuid.js';

// Loads one record by id, or fails with NOT_FOUND (also for an id that is not a UUID at all).
export async function getById<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  what: Thing,
): Promise<T> {
  const row = isUuid(id) ? await em.findOne(entity, { id } as unknown as FilterQuery<T>) : null;
  if (!row) throw notFound(what, id);
  return row;
}
