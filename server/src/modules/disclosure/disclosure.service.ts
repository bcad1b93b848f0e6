// Disclosure control: every figure about groups of people that leaves the server (screen, API field,
// report, CSV, JSON, PDF, indicators, the funder report, public outcome pages) goes through here.
//
// The promise: nobody can be singled out. Concretely, from everything the server has ever published,
// together with knowing who was behind each figure (who sat in the room, who wrote which challenge, how
// many dots each gave), nobody can work out a count of fewer than k people (k = 5, a project may raise
// it) in some set of groups among some set of people: not "the newcomer is not host community" (a count
// of 0 among 1), not "the other groups together are 2", not "one of the two who joined later is a
// third-country national". Four routes lead to such a count, and each is closed:
//
// 1. Totals, and "all minus the shown groups". A table shows its total, so the hidden cells add up to
//    a known number. Primary suppression hides a cell with fewer than k *people* behind it (a figure of
//    twelve challenges by one person is one person's; an empty cell says "none of these is in that
//    group", so it is hidden too). Complementary suppression then hides further cells, fewest people
//    first, until the people behind the hidden cells are at least k, or every cell is hidden
//    (disclosure.rule.ts). A hidden cell always reads the same ("not shown"), whether it is small or
//    hidden to protect a small one, so that the label tells nothing about its size.
//
// 2. Differences between two moments. With exact counts that change live, no rule can hold: at one
//    moment "host community 6 of 6", a minute later "6 of 7", and whatever else is suppressed, the
//    newcomer is not host community (even which cells are suppressed changes with them). So nothing is
//    shown by group while a scope is open (a live session shows its totals only, each group reads
//    "shown when the session closes"), and the figures of a scope are released once, when it is final,
//    and frozen: stored as released and never recomputed. Its report is final; an erasure or a changed
//    background later changes no released figure (the anonymous counts stay). A scope that grows, such
//    as a project over its sessions, is released in steps: each step is a new scope.
//
// 3. Differences between two filters: a session and another one with one person more, a session and
//    the people who wrote its challenges, a session and its project, one group against all. Each
//    release is written to a ledger with who was behind each published table, and before a new release
//    leaves the server, the audit (disclosure.audit.ts) puts it side by side with every earlier release
//    of the same projects and looks for a count of fewer than k people that could be worked out. While
//    it finds one, the release hides one more of its cells (the smallest, the weighted tables first).
//    The audit errs on the side of hiding: what it cannot show to be safe, it treats as unsafe.
//
// 4. Weights. Figures derived from people (contributions, dots) are judged by the people behind them,
//    and the audit knows how much of a figure each person gave: "host community wrote 7 challenges"
//    can single out the one person who wrote three.
//
// The ledger keeps who was behind each table and the group they were counted in. Someone whose
// background changes is another person to the audit from then on; someone whose data is erased stays in
// the ledger under a random key (forgetParticipant), so that later releases are still audited.
//
// What is left, and said so in the README: someone who already knows the groups of almost everyone in
// a room learns the rest from any exact count (no deterministic rule helps there); and the decisions
// themselves (which cell is hidden) depend on the data, as with every threshold rule.
import { type EntityManager } from '../../core/orm.js';
import { newId } from '../../core/uuid.js';
import { findDisclosure, type AuditTable } from './disclosure.audit.js';
import {
  DisclosureRelease,
  DisclosureReleaseMember,
  type StoredSummary,
  type StoredTable,
} from './disclosure.entity.js';
import { hiddenGroups } from './disclosure.rule.js';
import { isolatesFewerThan } from './disclosure.statistics.js';
import { SuppressionReason } from './disclosure.types.js';

// One person behind a table: their group and their part of its figure (1 in a head count).
export interface PersonRow {
  personId: string;
  group: string;
  weight: number;
}

// A table about people, before the rule: one cell per group, in order.
export interface PeopleTable {
  name: string;
  groups: readonly string[];
  people: readonly PersonRow[];
  // Part of the total that is nobody's (dots counted on paper, a challenge recorded without an author).
  unattributed?: number;
  // Hide at least the groups that this (earlier) table hides: contributions of a group whose
  // attendance is hidden stay hidden.
  follows?: string;
  // False for a grouping that everyone present sees anyway (returning participants): it is suppressed
  // like any other table but not audited against other releases. True by default.
  sensitive?: boolean;
}

// A statistic about people: each person's value (their change in a competence score, say) and group. Released as
// n, mean and standard deviation per group and for all (group `ALL`), never a person's value: a group's cell only
// where the head count of the same people (`counts`, a table of the same release) shows it, and only while no sum
// over fewer than k people can be worked out from it and every earlier release of the statistic (same `name`, same
// projects; disclosure.statistics.ts). A cell whose people all have the same value is hidden too: it would tell
// each of them their value.
export interface PeopleStatistic {
  name: string;
  counts: string;
  people: readonly { personId: string; group: string; value: number }[];
}

// What a release is made of: tables of people, and statistics about them.
export interface ReleaseContent {
  tables: PeopleTable[];
  statistics?: PeopleStatistic[];
}

export const ALL = 'ALL';

export interface ReleasedSummary {
  group: string;
  // How many people are behind it; null when their number is hidden too.
  n: number | null;
  mean: number | null;
  sd: number | null;
  hiddenBecause: SuppressionReason | null;
}

export interface ReleasedFigure {
  group: string;
  value: number | null;
  hiddenBecause: SuppressionReason | null;
}

export interface ReleasedTable {
  total: number;
  cells: ReleasedFigure[];
}

export interface Release {
  threshold: number;
  tables: Record<string, ReleasedTable>;
  statistics: Record<string, ReleasedSummary[]>;
}

export interface ReleaseScope {
  // What the figures describe, unique: "session:<id>", later "project:<id>:step:<n>" and the like.
  key: string;
  projectIds: readonly string[];
  threshold: number;
}

const totalOf = (table: PeopleTable): number =>
  table.people.reduce((sum, p) => sum + p.weight, 0) + (table.unattributed ?? 0);

function cellsOf(table: PeopleTable) {
  return table.groups.map((group) => {
    const rows = table.people.filter((p) => p.group === group && p.weight > 0);
    return {
      group,
      value: rows.reduce((sum, p) => sum + p.weight, 0),
      people: new Set(rows.map((p) => p.personId)).size,
    };
  });
}

// While a scope is open: totals only, every group "shown when it closes".
export function withheldWhileOpen(tables: readonly PeopleTable[]): Record<string, ReleasedTable> {
  return Object.fromEntries(
    tables.map((table) => [
      table.name,
      {
        total: totalOf(table),
        cells: table.groups.map((group) => ({ group, value: null, hiddenBecause: SuppressionReason.NOT_FINAL })),
      },
    ]),
  );
}

const fromStored = (tables: Record<string, StoredTable>): Record<string, ReleasedTable> =>
  Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [
      name,
      {
        total: table.total,
        cells: table.cells.map(({ group, value }) => ({
          group,
          value,
          hiddenBecause: value === null ? SuppressionReason.SMALL_GROUP : null,
        })),
      },
    ]),
  );

const summariesFromStored = (statistics: Record<string, StoredSummary[]>): Record<string, ReleasedSummary[]> =>
  Object.fromEntries(
    Object.entries(statistics).map(([name, cells]) => [
      name,
      cells.map((cell) => ({
        ...cell,
        hiddenBecause: cell.mean === null ? SuppressionReason.SMALL_GROUP : null,
      })),
    ]),
  );

// What a reader needs of a stored release.
interface StoredRelease {
  threshold: number;
  tables: Record<string, StoredTable>;
  statistics: Record<string, StoredSummary[]> | null;
}

const releaseOf = (row: StoredRelease): Release => ({
  threshold: row.threshold,
  tables: fromStored(row.tables),
  statistics: summariesFromStored(row.statistics ?? {}),
});

// The releases already made for these scopes: the parts a reader needs, in one statement, read as rows rather than
// entities (the dashboard across 100 projects reads 400 at once, and only ever reads them; the JSON columns are
// parsed once, by the driver).
export async function findReleases(em: EntityManager, keys: readonly string[]): Promise<Map<string, Release>> {
  if (!keys.length) return new Map();
  const rows = await em.execute<(StoredRelease & { scope: string })[]>(
    `select scope, threshold, tables, statistics from disclosure_release where scope in (?)`,
    [[...new Set(keys)]],
  );
  return new Map(rows.map((r) => [r.scope, releaseOf(r)]));
}

// The hidden groups of each table by the rule alone, tables in order (so that `follows` can look back).
function applyRule(tables: readonly PeopleTable[], k: number, extra: ReadonlyMap<string, ReadonlySet<string>>) {
  const hidden = new Map<string, Set<string>>();
  for (const table of tables) {
    const also = new Set([
      ...(extra.get(table.name) ?? []),
      ...(table.follows ? (hidden.get(table.follows) ?? []) : []),
    ]);
    hidden.set(table.name, hiddenGroups(cellsOf(table), k, also));
  }
  return hidden;
}

const isSensitive = (table: PeopleTable): boolean => table.sensitive !== false;

// When a participant's data is erased, the ledger keeps that someone was behind its releases (the audit
// of later releases needs it) but no longer who: one new random key replaces their id everywhere.
export async function forgetParticipant(em: EntityManager, participantId: string): Promise<void> {
  await em.nativeUpdate(DisclosureReleaseMember, { participantId }, { participantId: newId() });
}

// The earlier releases of these projects, as the audit reads them: tables about these groups only.
async function ledger(
  em: EntityManager,
  projectIds: readonly string[],
  groups: ReadonlySet<string>,
): Promise<AuditTable[]> {
  const releases = await em.find(DisclosureRelease, { projectIds: { $overlap: [...projectIds] } });
  if (!releases.length) return [];
  const members = await em.find(DisclosureReleaseMember, { release: { $in: releases.map((r) => r.id) } });
  const byTable = new Map<string, DisclosureReleaseMember[]>();
  for (const m of members) {
    const key = `${m.release.id}/${m.tableName}`;
    const list = byTable.get(key) ?? [];
    list.push(m);
    byTable.set(key, list);
  }
  return releases.flatMap((release) =>
    Object.entries(release.tables).flatMap(([name, table]) => {
      const rows = byTable.get(`${release.id}/${name}`);
      if (!rows || rows.some((m) => !groups.has(m.groupName))) return [];
      return [
        {
          key: `${release.scope}/${name}`,
          rows: rows.map((m) => ({ identity: m.participantId, group: m.groupName, weight: m.weight })),
          shown: new Set(table.cells.filter((c) => c.value !== null).map((c) => c.group)),
        },
      ];
    }),
  );
}

// Who was behind each shown cell of earlier releases of these statistics, in these projects.
async function statisticLedger(
  em: EntityManager,
  projectIds: readonly string[],
  names: readonly string[],
): Promise<Map<string, { people: string[] }[]>> {
  if (!names.length) return new Map();
  const rows = await em.execute<
    { release_id: string; table_name: string; group_name: string; participant_id: string }[]
  >(
    `select m.release_id, m.table_name, m.group_name, m.participant_id
       from disclosure_release_member m join disclosure_release r on r.id = m.release_id
      where r.project_ids && ?::text[] and m.table_name in (?)`,
    [`{${projectIds.join(',')}}`, names.map(statisticTable)],
  );
  const sets = new Map<string, Map<string, string[]>>();
  for (const row of rows) {
    const cells = sets.get(row.table_name) ?? new Map<string, string[]>();
    const key = `${row.release_id}/${row.group_name}`;
    cells.set(key, [...(cells.get(key) ?? []), row.participant_id]);
    sets.set(row.table_name, cells);
  }
  return new Map(
    names.map((name) => [name, [...(sets.get(statisticTable(name))?.values() ?? [])].map((people) => ({ people }))]),
  );
}

const statisticTable = (name: string): string => `stat:${name}`;

function summary(values: readonly number[]): { n: number; mean: number; sd: number } {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const ss = values.reduce((a, v) => a + (v - mean) ** 2, 0);
  return { n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
}

// The cells of a statistic that may be shown, given the head counts the release shows and the earlier releases.
function statisticCells(
  statistic: PeopleStatistic,
  countsTable: PeopleTable | undefined,
  countsHidden: ReadonlySet<string>,
  earlier: readonly { people: string[] }[],
  k: number,
): { cells: StoredSummary[]; shown: Map<string, string[]> } {
  const groups = countsTable?.groups ?? [...new Set(statistic.people.map((p) => p.group))];
  const rowsOf = (group: string) =>
    group === ALL ? statistic.people : statistic.people.filter((p) => p.group === group);
  const candidates = [...groups, ALL].filter((group) => {
    const rows = rowsOf(group);
    if (group !== ALL && countsHidden.has(group)) return false;
    // At least k people, and not all of the same value.
    return rows.length >= k && new Set(rows.map((r) => r.value)).size > 1;
  });
  // Give way from the fewest people up (a group before all), until nothing small can be worked out.
  const shown = new Map(candidates.map((group) => [group, rowsOf(group).map((r) => r.personId)]));
  for (;;) {
    const sets = [...earlier, ...[...shown.values()].map((people) => ({ people }))];
    if (!shown.size || !isolatesFewerThan(sets, k)) break;
    const [smallest] = [...shown.entries()].toSorted(
      ([g1, a], [g2, b]) => Number(g2 === ALL) - Number(g1 === ALL) || a.length - b.length,
    );
    if (!smallest) break;
    shown.delete(smallest[0]);
  }
  const cells = [...groups, ALL].map((group): StoredSummary => {
    const rows = rowsOf(group);
    const countShown = group === ALL || !countsHidden.has(group);
    if (!shown.has(group)) return { group, n: countShown ? rows.length : null, mean: null, sd: null };
    const { n, mean, sd } = summary(rows.map((r) => r.value));
    return { group, n, mean, sd };
  });
  return { cells, shown };
}

// Releases the figures of a scope once and for all, or returns them as they were released. `build`
// reads the tables inside the release's transaction, while the projects' ledgers are locked, so that two
// releases of one project are audited one after the other.
export async function releaseOnce(
  em: EntityManager,
  scope: ReleaseScope,
  build: (tx: EntityManager) => Promise<PeopleTable[] | ReleaseContent>,
): Promise<Release> {
  return em.transactional(async (tx) => {
    for (const projectId of [...scope.projectIds].toSorted()) {
      await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`disclosure:${projectId}`]);
    }
    const existing = await tx.findOne(DisclosureRelease, { scope: scope.key });
    if (existing) return releaseOf(existing);

    const k = scope.threshold;
    const built = await build(tx);
    const { tables, statistics = [] } = Array.isArray(built) ? { tables: built } : built;
    const groups = [...new Set(tables.filter(isSensitive).flatMap((t) => t.groups))];
    const earlier = await ledger(tx, scope.projectIds, new Set(groups));
    const extra = new Map<string, Set<string>>();
    let hidden = applyRule(tables, k, extra);
    // Hide one more cell at a time until the audit finds nothing; the last tables give way first.
    for (;;) {
      const candidate: AuditTable[] = tables.filter(isSensitive).map((table) => ({
        key: `${scope.key}/${table.name}`,
        rows: table.people.map((p) => ({ identity: p.personId, group: p.group, weight: p.weight })),
        shown: new Set(table.groups.filter((g) => !hidden.get(table.name)?.has(g))),
      }));
      if (!candidate.some((t) => t.shown.size > 0)) break;
      if (!findDisclosure([...earlier, ...candidate], groups, k)) break;
      const giving = tables
        .toReversed()
        .filter(isSensitive)
        .find((t) => t.groups.some((g) => !hidden.get(t.name)?.has(g)));
      if (!giving) break;
      const smallest = cellsOf(giving)
        .filter((c) => !hidden.get(giving.name)?.has(c.group))
        .toSorted((a, b) => a.people - b.people || a.value - b.value)[0];
      if (!smallest) break;
      extra.set(giving.name, new Set([...(extra.get(giving.name) ?? []), smallest.group]));
      hidden = applyRule(tables, k, extra);
    }

    const stored: Record<string, StoredTable> = Object.fromEntries(
      tables.map((table) => [
        table.name,
        {
          total: totalOf(table),
          cells: cellsOf(table).map(({ group, value }) => ({
            group,
            value: hidden.get(table.name)?.has(group) ? null : value,
          })),
        },
      ]),
    );
    // Statistics last: they show only what the tables' head counts show.
    const earlierStatistics = await statisticLedger(
      tx,
      scope.projectIds,
      statistics.map((s) => s.name),
    );
    const storedStatistics: Record<string, StoredSummary[]> = {};
    const statisticMembers: { table: string; group: string; people: string[] }[] = [];
    for (const statistic of statistics) {
      const { cells, shown } = statisticCells(
        statistic,
        tables.find((t) => t.name === statistic.counts),
        hidden.get(statistic.counts) ?? new Set(),
        earlierStatistics.get(statistic.name) ?? [],
        k,
      );
      storedStatistics[statistic.name] = cells;
      for (const [group, people] of shown)
        statisticMembers.push({ table: statisticTable(statistic.name), group, people });
    }
    const release = tx.create(DisclosureRelease, {
      scope: scope.key,
      projectIds: [...scope.projectIds],
      threshold: k,
      tables: stored,
      statistics: storedStatistics,
    });
    for (const { table, group, people } of statisticMembers) {
      for (const participantId of people) {
        tx.create(DisclosureReleaseMember, { release, tableName: table, participantId, groupName: group, weight: 1 });
      }
    }
    // Only tables with a shown cell constrain anything; only their people are kept.
    for (const table of tables.filter(isSensitive)) {
      if (table.groups.every((g) => hidden.get(table.name)?.has(g))) continue;
      for (const person of table.people) {
        if (person.weight <= 0) continue;
        tx.create(DisclosureReleaseMember, {
          release,
          tableName: table.name,
          participantId: person.personId,
          groupName: person.group,
          weight: person.weight,
        });
      }
    }
    await tx.flush();
    return { threshold: k, tables: fromStored(stored), statistics: summariesFromStored(storedStatistics) };
  });
}
