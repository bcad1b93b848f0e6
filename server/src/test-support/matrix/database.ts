import type { MikroORM } from '../../core/orm.js';
import { isUuid } from '../../core/uuid.js';

// A fingerprint of the whole database, per table, and of the rows that mention one tenant's ids: one SQL
// statement per snapshot, and a second one for the tables that changed since the last.
export interface Snapshot {
  // Table → md5 of all its rows.
  tables: Record<string, string>;
  // Table → md5 of the rows that mention one of the watched tenant's ids (its own rows, links to them).
  tenant: Record<string, string>;
}

export interface Snapshotter {
  take(): Promise<Snapshot>;
  // Deletes rows that link the watched tenant to the other one (none exist in the fixtures): a hole that made
  // one should not make later probes pass or fail for that reason. Returns the tables it cleaned.
  unlink(otherIds: readonly string[]): Promise<string[]>;
}

// Only UUIDs are written into a statement (others are left out), so no quoting is needed.
const patternsOf = (list: readonly string[]) =>
  `array[${list
    .filter(isUuid)
    .map((id) => `'%${id}%'`)
    .join(', ')}]`;

const digest = (table: string, where: string) =>
  `(select md5(coalesce(string_agg(r::text, E'\\n' order by r::text), '')) from "${table}" r ${where})`;

// One row per table, folded into one JSON object: a single statement however many tables there are.
const statement = (tables: readonly string[], where: string) =>
  `select json_object_agg(name, digest) as digests from (values ${tables.map((t) => `('${t}', ${digest(t, where)})`).join(', ')}) v(name, digest)`;

export async function createSnapshotter(orm: MikroORM, watchedIds: readonly string[]): Promise<Snapshotter> {
  const connection = orm.em.getConnection();
  const tables = (
    await connection.execute<{ name: string }[]>(
      `select table_name as name from information_schema.tables
       where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    )
  ).map((row) => row.name);
  const ids = watchedIds.filter(isUuid);
  if (ids.length !== watchedIds.length) throw new Error('Only UUIDs can be watched.');
  const patterns = patternsOf(ids);
  const wholeSql = statement(tables, '');
  const tenantSql = (changed: readonly string[]) => statement(changed, `where r::text like any(${patterns})`);
  const digests = async (sql: string): Promise<Record<string, string>> => {
    const [row] = await connection.execute<{ digests: Record<string, string> }[]>(sql);
    if (!row) throw new Error('The snapshot statement returned nothing.');
    return row.digests;
  };
  // The tenant's rows of a table can only have changed when the table did: their digest is kept per table
  // and computed again only for tables whose whole digest moved.
  let known: Snapshot = { tables: {}, tenant: {} };
  return {
    async take() {
      const whole = await digests(wholeSql);
      const moved = tables.filter((t) => known.tables[t] !== whole[t]);
      const tenant = { ...known.tenant, ...(moved.length ? await digests(tenantSql(moved)) : {}) };
      known = { tables: whole, tenant };
      return known;
    },
    async unlink(otherIds) {
      const cleaned: string[] = [];
      for (const table of tables) {
        const result = await connection.execute<{ affectedRows?: number }>(
          `delete from "${table}" r where r::text like any(${patterns}) and r::text like any(${patternsOf(otherIds)})`,
          [],
          'run',
        );
        if (result.affectedRows) cleaned.push(table);
      }
      return cleaned;
    },
  };
}

// The tables whose digest differs between two snapshots.
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
