import type { EntityClass, FilterQuery, FindOneOptions } from '@mikro-orm/core';
import { notFound, type Thing } from './errors.js';
import type { EntityManager } from './orm.js';
import { isUuid } from './uuid.js';

// Loads one record by id, or null: also for an id that is not a UUID at all, which never reaches PostgreSQL (there
// it would be a cast error, not a missing record).
// `populate` reads relations with it, in the same statement.
export async function findById<T extends { id: string }, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  populate?: FindOneOptions<T, P>['populate'],
): Promise<T | null> {
  return isUuid(id) ? em.findOne(entity, { id } as unknown as FilterQuery<T>, populate ? { populate } : {}) : null;
}

// Loads one record by id, or fails with NOT_FOUND (also for an id that is not a UUID at all).
export async function getById<T extends { id: string }, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  what: Thing,
  populate?: FindOneOptions<T, P>['populate'],
): Promise<T> {
  const row = await findById(em, entity, id, populate);
  if (!row) throw notFound(what, id);
  return row;
}
