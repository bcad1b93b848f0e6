import {
  ReferenceKind,
  wrap,
  type EntityClass,
  type EntityKey,
  type EntityMetadata,
  type FilterQuery,
  type Platform,
  type Primary,
} from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { EntityManager } from './orm.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, type ConnectionArgs, type PageRows } from './pagination.js';
import { badInput } from './errors.js';
import { placeholders } from './sql.js';
import { isUuid } from './uuid.js';

type WithId = { id: string };
type Order = Record<string, 'asc' | 'desc'>;

const refId = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as WithId).id : undefined;

// Wait for the end of the event-loop turn, not just the microtask queue: the authorization guard's own
// lookups interleave with the resolvers, and a batch cut short would add statements (by timing, not by rows).
const BATCHING = { batchScheduleFn: (run: () => void) => setImmediate(run) };

// A relation of a record that `page` read: the related record's id, and nothing loaded behind it. Its `load`,
// `unwrap` and `getEntity` refuse, where an entity's reference would read the database or hand out an entity: a
// change loads what it changes through the entity manager.
class ReadReference {
  constructor(readonly id: string) {}
  isInitialized(): boolean {
    return false;
  }
  private refuse(): never {
    throw new Error(
      `A record read by Loaders.page holds only the id of a related record (${this.id}): load that record through the entity manager or a loader.`,
    );
  }
  load(): never {
    return this.refuse();
  }
  unwrap(): never {
    return this.refuse();
  }
  getEntity(): never {
    return this.refuse();
  }
}

// What `page` hands out: a record as the database holds it, of its entity's class (its fields, getters and
// `instanceof` as an entity's), but not an entity the request's entity manager tracks. A board is hundreds of rows
// that nothing changes; making each an entity (a reference and an entity in the identity map for each of its
// relations, a snapshot to compare at a flush) took a fifth of the phone's board query's CPU (bench:board, ratio
// 0.23 → 0.29, December 2026). Its relations are `ReadReference`s. Nothing flushes it: a change loads its record
// through the entity manager (services do, with `em.findOne`), never from a loader. Columns the statement's row holds
// beside the record's own (a page's parent, its aggregates) are left out.
function readRecord<T extends object>(meta: EntityMetadata<T>, platform: Platform, data: Record<string, unknown>): T {
  const record = new (recordClassOf(meta))() as Record<string, unknown>;
  for (const name of Object.keys(data)) {
    const prop = meta.properties[name as EntityKey<T>];
    if (!prop) continue;
    const stored = data[name];
    if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE)
      record[name] = typeof stored === 'string' ? new ReadReference(stored) : (stored ?? null);
    else if (prop.customType && stored !== null && stored !== undefined)
      record[name] = prop.customType.convertToJSValue(stored, platform);
    else record[name] = stored;
  }
  return record as T;
}

// The class of an entity's records: its entity's prototype (methods, getters, `instanceof`) behind one that holds
// each property as a plain field. MikroORM puts a setter for every property on the entity's prototype, which expects
// a managed entity; the record's fields are assigned past them, in the same order for every record, so that they all
// share one shape.
const recordClasses = new WeakMap<EntityMetadata, new () => object>();

function recordClassOf(meta: EntityMetadata): new () => object {
  let made = recordClasses.get(meta);
  if (!made) {
    const fields: PropertyDescriptorMap = {};
    for (const name of Object.keys(meta.properties)) fields[name] = { value: undefined, writable: true };
    const prototype = Object.create(meta.prototype as object, fields) as object;
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- each entity's records need a class of their own
    made = function ReadRecord() {} as unknown as new () => object;
    made.prototype = prototype;
    Object.defineProperty(prototype, 'constructor', { value: meta.class, configurable: true });
    recordClasses.set(meta, made);
  }
  return made;
}

// Per-request batching: every field that reads related rows goes through one of these,
// so a nested query costs one statement per level, not one per row.
// What a loader answers depends on its key alone, never on who asks: the guard decides who sees a row, after it is
// read. The subscribers of a live event share one set (core/pubsub.ts `readsOf`): a loader whose rows depended on the
// viewer (a `where` or a `custom` batch that looks at them) would hand one subscriber's rows to another.
// One page of the children of each parent, cut out by the database (see `Loaders.page`).
export interface PageSpec {
  // The children's table and the column that points at the parent.
  table: string;
  parentColumn: string;
  // Which children the list holds (SQL on the alias `t`), such as `t.status = 'VISIBLE'`; none for all.
  where?: string;
  // Also the children carried onto the parent session's board (trajectory): the `carried_item` column that names
  // them, such as `challenge_id`. They take their place in creation order among the parent's own.
  carried?: string;
  // Figures computed per child in the same statement (SQL on the alias `t`), kept beside each row (`aggregate`).
  aggregates?: Record<string, string>;
  // JSON computed per child in the same statement (SQL on the alias `t`), kept beside each row (`attachment`): what
  // the next level of a query would otherwise read by the page's ids, such as the rows' translations.
  attachments?: Record<string, string>;
}

// The select list's columns for a spec's aggregates and attachments, which `keeper` reads back by these names.
const figureColumns = (aggregates: readonly [string, string][], attachments: readonly [string, string][]): string =>
  [
    ...aggregates.map(([name, expression]) => `, (${expression}) as "agg_${name}"`),
    ...attachments.map(([name, expression]) => `, (${expression}) as "att_${name}"`),
  ].join(' ');

// Records read by id with figures and texts of their own, computed in the statement that reads them (`withFigures`).
export interface RecordSpec {
  table: string;
  // As a page's (`PageSpec`): SQL on the alias `t`, kept beside each row (`aggregate`, `attachment`).
  aggregates?: Record<string, string>;
  attachments?: Record<string, string>;
}

export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();
  private readonly figures = new Map<object, Record<string, number>>();
  private readonly attached = new Map<object, Record<string, unknown>>();
  // What the loaders have read, by entity name and id (`held`).
  private readonly read = new Map<string, Map<string, object>>();
  // The lists of each entity being read right now (`childrenOf`, `page`), by entity name.
  private readonly reading = new Map<string, Set<Promise<unknown>>>();

  constructor(private readonly em: EntityManager) {}

  // Marks a list's read as under way until it settles, so that `byId` can wait for the rows it brings.
  private listing<R>(entity: EntityClass<unknown>, read: () => Promise<R>): Promise<R> {
    let under = this.reading.get(entity.name);
    if (!under) this.reading.set(entity.name, (under = new Set()));
    const work = read();
    const done = () => void under.delete(work);
    work.then(done, done);
    under.add(work);
    return work;
  }

  private memo<V>(key: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make();
      this.cache.set(key, loader);
    }
    return loader as DataLoader<string, V>;
  }

  // One entity by id; undefined when it does not exist. An entity this request has already loaded (the session a
  // query starts from) is taken from the request's identity map, which is what a find would answer for it too, and a
  // record a page brought (a challenge of the board) is the page's: only the others are read. A list of the same
  // entity that is being read as the batch starts (a session's themes, while its challenges ask for their theme) is
  // waited for first: what it brings is not read a second time.
  byId<T extends WithId>(entity: EntityClass<T>): DataLoader<string, T | undefined> {
    return this.memo(
      `id:${entity.name}`,
      () =>
        new DataLoader<string, T | undefined>(async (ids) => {
          const under = this.reading.get(entity.name);
          if (under?.size) await Promise.allSettled(under);
          const byId = new Map<string, T>();
          for (const id of ids.filter(isUuid)) {
            const loaded = this.loadedInRequest(entity, id);
            if (loaded) byId.set(id, loaded);
          }
          const missing = ids.filter((id) => isUuid(id) && !byId.has(id));
          const rows = missing.length
            ? await this.em.find(entity, { id: { $in: missing } } as unknown as FilterQuery<T>)
            : [];
          for (const row of rows) byId.set(row.id, row);
          for (const row of byId.values()) this.hold(entity, row);
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
          const rows = await this.listing(entity, () =>
            this.em.find(entity, { $and: [{ [foreignKey]: { $in: [...parentIds] } }, where] } as FilterQuery<T>, {
              orderBy: orderBy as never,
            }),
          );
          const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
          const byId = this.byId(entity);
          for (const row of rows) {
            groups.get(refId(row[foreignKey]) ?? '')?.push(row);
            byId.prime(row.id, row);
            this.hold(entity, row);
          }
          return parentIds.map((id) => groups.get(id) ?? []);
        }, BATCHING),
    );
  }

  // A page of the children of each parent (in creation order, keyset after the cursor, LIMIT in SQL), the length of
  // each whole list, and the spec's aggregates, in one statement for all parents of a request level. Reads what the
  // indexes on (parent, created_at) and the aggregates' own columns serve; loads only the rows it returns.
  page<T extends WithId>(
    entity: EntityClass<T>,
    spec: PageSpec,
    args: ConnectionArgs,
  ): DataLoader<string, PageRows<T>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = args.after ? decodeCursor(args.after) : null;
    if (after !== null && !isUuid(after)) throw badInput('That page cursor does not belong to this list.', 'after');
    const aggregates = Object.entries(spec.aggregates ?? {});
    const attachments = Object.entries(spec.attachments ?? {});
    return this.memo(
      `page:${entity.name}:${spec.table}:${spec.parentColumn}:${spec.where ?? ''}:${spec.carried ?? ''}:${first}:${after ?? ''}`,
      () =>
        new DataLoader<string, PageRows<T>>(async (parentIds) => {
          const valid = parentIds.filter(isUuid);
          const { table, parentColumn, carried } = spec;
          const where = spec.where ? `and ${spec.where}` : '';
          // The children of the parent `p`: its own, and those carried onto its board (never both: a session's own
          // item is not carried into it). Two indexed reads rather than an `or`, which no index serves.
          const members =
            `(select t.* from "${table}" t where t."${parentColumn}" = p.id ${where}` +
            (carried
              ? ` union all select t.* from "${table}" t join carried_item c on c."${carried}" = t.id
                   where c.session_id = p.id and t."${parentColumn}" is distinct from p.id ${where}`
              : '') +
            ')';
          const cursor = after ? `select m.created_at, m.id from ${members} m where m.id = ?` : '';
          const sql = `
            select t.*, p.id as page_parent, n.total, ${after ? `exists(${cursor})` : 'false'} as cursor_found
                   ${figureColumns(aggregates, attachments)}
              from (select unnest(array[${placeholders(valid)}]::uuid[]) as id) p
             cross join lateral (select count(*)::int as total from ${members} m) n
              left join lateral (
                   select m.* from ${members} m
                    ${after ? `where (m.created_at, m.id) > (${cursor})` : ''}
                    order by m.created_at, m.id
                    limit ?) t on true`;
          // In the order of their `?` in the text: the select list's cursor check, the parents, the page's cursor, the limit.
          const params = [...(after ? [after] : []), ...valid, ...(after ? [after] : []), first + 1];
          const raw = valid.length
            ? await this.listing(entity, () => this.em.execute<Record<string, unknown>[]>(sql, params))
            : [];
          const pages = new Map<string, PageRows<T>>();
          const keep = this.keeper(entity, aggregates, attachments);
          for (const columns of raw) {
            const parent = String(columns['page_parent']);
            let page = pages.get(parent);
            if (!page) {
              page = { rows: [], total: Number(columns['total']), cursorFound: columns['cursor_found'] === true };
              pages.set(parent, page);
            }
            if (columns['id'] === null) continue;
            page.rows.push(keep(columns));
          }
          return parentIds.map((id) => pages.get(id) ?? { rows: [], total: 0, cursorFound: false });
        }, BATCHING),
    );
  }

  // Records by id, each with the spec's aggregates and attachments, in one statement for a request level: what the
  // screens following an event show of the challenge or idea it names (its dot count, its translations), read with
  // the record instead of one statement for the record and one for each figure. Read as records, like a page's rows.
  withFigures<T extends WithId>(entity: EntityClass<T>, spec: RecordSpec): DataLoader<string, T | undefined> {
    const aggregates = Object.entries(spec.aggregates ?? {});
    const attachments = Object.entries(spec.attachments ?? {});
    return this.memo(
      `figures:${entity.name}:${spec.table}:${aggregates.map(([name]) => name).join()}:${attachments.map(([name]) => name).join()}`,
      () =>
        new DataLoader<string, T | undefined>(async (ids) => {
          const valid = [...new Set(ids.filter(isUuid))];
          const sql = `
            select t.* ${figureColumns(aggregates, attachments)}
              from "${spec.table}" t
             where t.id in (${placeholders(valid)})`;
          const raw = valid.length ? await this.em.execute<Record<string, unknown>[]>(sql, valid) : [];
          const found = new Map<string, T>();
          const keep = this.keeper(entity, aggregates, attachments);
          for (const columns of raw) {
            const row = keep(columns);
            found.set(row.id, row);
          }
          return ids.map((id) => found.get(id));
        }, BATCHING),
    );
  }

  // How `page` and `withFigures` keep each row they read, set up once per statement: as a record (see `readRecord`)
  // with its figures and attachments beside it, offered to `byId` and `held`.
  private keeper<T extends WithId>(
    entity: EntityClass<T>,
    aggregates: readonly [string, string][],
    attachments: readonly [string, string][],
  ): (columns: Record<string, unknown>) => T {
    const meta = this.em.getMetadata().get(entity);
    const platform = this.em.getPlatform();
    const driver = this.em.getDriver();
    const byId = this.byId(entity);
    return (columns) => {
      const row = readRecord<T>(meta, platform, driver.mapResult(columns as never, meta) ?? {});
      const figures: Record<string, number> = {};
      for (const [name] of aggregates) figures[name] = Number(columns[`agg_${name}`] ?? 0);
      this.figures.set(row, figures);
      if (attachments.length) {
        const attached: Record<string, unknown> = {};
        for (const [name] of attachments) attached[name] = columns[`att_${name}`];
        this.attached.set(row, attached);
      }
      byId.prime(row.id, row);
      this.hold(entity, row);
      return row;
    };
  }

  // A figure that `page` or `withFigures` computed for a row, if the row came from one.
  aggregate(row: object, name: string): number | undefined {
    return this.figures.get(row)?.[name];
  }

  private hold(entity: EntityClass<unknown>, row: WithId): void {
    let rows = this.read.get(entity.name);
    if (!rows) this.read.set(entity.name, (rows = new Map()));
    rows.set(row.id, row);
  }

  // A record this request already holds, at once, or undefined when it holds none yet (`byId` reads it then): one a
  // loader has read (a page, a list, a batch by id) or one loaded into the request's identity map (the session a query
  // starts from). For a field whose answer is most often in hand, such as the theme of a board's challenge, which the
  // board's themes brought: it answers without a promise, and its object does not wait a turn.
  held<T extends WithId>(entity: EntityClass<T>, id: string): T | undefined {
    const read = this.read.get(entity.name)?.get(id);
    return read ? (read as T) : this.loadedInRequest(entity, id);
  }

  // An entity the request's identity map holds loaded (not a mere reference to it), or undefined.
  private loadedInRequest<T extends WithId>(entity: EntityClass<T>, id: string): T | undefined {
    const loaded = this.em.getUnitOfWork().getById<T>(entity, id as Primary<T>);
    return loaded && wrap(loaded, true).isInitialized() ? loaded : undefined;
  }

  // What `page` or `withFigures` attached to a row (its spec's `attachments`), if the row came from one.
  attachment(row: object, name: string): unknown {
    return this.attached.get(row)?.[name];
  }

  // A loader for anything else (counts, sums); `batch` gets the keys and returns values in order.
  custom<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return this.memo(`custom:${key}`, () => new DataLoader<string, V>(batch, BATCHING));
  }
}
