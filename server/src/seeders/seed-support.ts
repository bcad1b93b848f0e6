import type { EntityClass, EntityManager, FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import type { TranslatableField } from '../modules/translation/translatable.js';
import { TextTranslation } from '../modules/translation/translation.entity.js';
import { demoUuid } from './demo-ids.js';

export type SeedRow<T> = RequiredEntityData<T> & { id: string };

// Creates the rows whose ids are not in the database yet, so running a seeder again adds nothing twice
// and leaves what is there untouched.
export async function createMissing<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: readonly SeedRow<T>[],
): Promise<void> {
  if (!rows.length) return;
  const ids = rows.map((row) => row.id);
  const existing = await em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>);
  const known = new Set(existing.map((row) => row.id));
  for (const row of rows) if (!known.has(row.id)) em.persist(em.create(entity, row as RequiredEntityData<T>));
}

// A small deterministic random number generator (mulberry32): the same seed gives the same demo.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Translations of demo texts (a person's), with ids from `first` on: n translations take the ids first … first+n-1.
export function translationRows(
  field: TranslatableField,
  texts: readonly { subjectId: string; projectId: string; sessionId: string; translations: Record<string, string> }[],
  first: number,
): SeedRow<TextTranslation>[] {
  let n = first;
  return texts.flatMap(({ subjectId, projectId, sessionId, translations }) =>
    Object.entries(translations).map(([language, text]) => ({
      id: demoUuid('textTranslation', n++),
      subjectId,
      field,
      project: projectId,
      session: sessionId,
      language,
      text,
    })),
  );
}
