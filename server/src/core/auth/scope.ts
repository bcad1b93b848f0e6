import type { Context } from '../context.js';
import { placeholders } from '../sql.js';
import { isUuid } from '../uuid.js';
import type { AppPolicy, Place, Row } from './rules.js';

// Where a record lives, found through what its feature declares (`place` in its RecordRule): one statement per
// record type and request level, batched through the request's loaders; for a record that never moves (a session, a
// voting round: `fixed` in its place rule), once for the life of the app.

// The place of a record of a given GraphQL type by id; undefined when there is no such record (or it lives in no
// project).
export async function placeOf(ctx: Context, policy: AppPolicy, type: string, id: string): Promise<Place | undefined> {
  const rule = policy.records[type]?.place;
  if (!rule?.sql || !isUuid(id)) return undefined;
  const kept = rule.fixed ? keptPlaces(ctx) : undefined;
  const key = `${type}:${id}`;
  const known = kept?.get(key);
  if (known) return known;
  const place = await readPlace(ctx, type, rule.sql, id);
  if (place && kept) {
    if (kept.size >= KEPT_PLACES_MAX) kept.delete(kept.keys().next().value!);
    kept.set(key, Object.freeze(place));
  }
  return place;
}

// The places of records that never move (`fixed` in their place rule), per app (its ORM's metadata, which every
// request's entity manager shares), the oldest dropped first beyond KEPT_PLACES_MAX. Only a place that was found is
// kept: a record made later is looked up when it is asked for.
const KEPT_PLACES_MAX = 10_000;
const keptPlacesByApp = new WeakMap<object, Map<string, Place>>();

function keptPlaces(ctx: Context): Map<string, Place> {
  const app = ctx.em.getMetadata();
  let kept = keptPlacesByApp.get(app);
  if (!kept) keptPlacesByApp.set(app, (kept = new Map()));
  return kept;
}

function readPlace(ctx: Context, type: string, sql: string, id: string): Promise<Place | undefined> {
  return ctx.loaders
    .custom<Place | undefined>(`place:${type}`, async (ids) => {
      const valid = ids.filter(isUuid);
      if (!valid.length) return ids.map(() => undefined);
      const rows = await ctx.em
        .getConnection()
        .execute<{ id: string; project_id: string | null; session_id: string | null }[]>(
          sql.replace('%', placeholders(valid)),
          valid,
        );
      const byId = new Map(
        rows.flatMap((row) =>
          row.project_id ? [[row.id, { projectId: row.project_id, sessionId: row.session_id }] as const] : [],
        ),
      );
      return ids.map((key) => byId.get(key));
    })
    .load(id);
}

// A record that is already loaded knows its parent: asking for the parent's place (shared by all its children, and
// cached per request) keeps the number of statements the same however the rows arrive.
export async function placeOfRow(ctx: Context, policy: AppPolicy, type: string, row: Row): Promise<Place | undefined> {
  const rule = policy.records[type]?.place;
  const own = rule?.own && placeFromFields(row, rule.own);
  if (own) return own;
  const parent = rule?.parent;
  const value = parent ? (row as Record<string, unknown>)[parent.field] : undefined;
  const parentId =
    typeof value === 'string'
      ? value
      : value && typeof value === 'object' && 'id' in value
        ? (value as Row).id
        : undefined;
  if (!parent || !parentId) return placeOf(ctx, policy, type, row.id);
  // A parent this request has already loaded (a reference to a loaded entity) knows its own parent in turn: an idea's
  // challenge came with the page of challenges, and its session is one lookup shared by all.
  const loaded = loadedEntity(value);
  return placeOfRow(ctx, policy, parent.type, loaded ?? { id: parentId });
}

// The id a field of a row holds: a plain id, or a relation (a reference or an entity) with its id; null for an empty
// relation; undefined when the row does not have the field.
function idIn(row: Row, field: string): string | null | undefined {
  const value = (row as Record<string, unknown>)[field];
  if (value === null) return null;
  if (typeof value === 'string') return isUuid(value) ? value : undefined;
  if (value && typeof value === 'object' && 'id' in value && isUuid((value as Row).id)) return (value as Row).id;
  return undefined;
}

// Where a row lives, read from its own fields (`own` in its place rule); undefined when it lacks one of them.
export function placeFromFields(row: Row, own: { project: string; session: string }): Place | undefined {
  const projectId = idIn(row, own.project);
  const sessionId = idIn(row, own.session);
  if (!projectId || sessionId === undefined) return undefined;
  return { projectId, sessionId };
}

// The entity behind a MikroORM reference when it is loaded; undefined for an id or a reference to nothing loaded.
function loadedEntity(value: unknown): Row | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const reference = value as { isInitialized?: () => boolean; unwrap?: () => Row };
  if (typeof reference.unwrap === 'function' && typeof reference.isInitialized === 'function')
    return reference.isInitialized() ? reference.unwrap() : undefined;
  return undefined;
}

// The place of a record that is one of several types: the first of them that has a record with this id (ids are
// UUIDs, unique across tables).
export async function placeOfOneOf(
  ctx: Context,
  policy: AppPolicy,
  types: readonly string[],
  id: string,
): Promise<Place | undefined> {
  const places = await Promise.all(types.map((type) => placeOf(ctx, policy, type, id)));
  return places.find((place) => place !== undefined);
}
