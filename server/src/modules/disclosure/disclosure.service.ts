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
import { DisclosureRelease, DisclosureReleaseMember, type StoredTable } from './disclosure.entity.js';
import { hiddenGroups } from './disclosure.rule.js';
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

// The releases already made for these scopes.
export async function findReleases(em: EntityManager, keys: readonly string[]): Promise<Map<string, Release>> {
  if (!keys.length) return new Map();
  const rows = await em.find(DisclosureRelease, { scope: { $in: [...keys] } });
  return new Map(rows.map((r) => [r.scope, { threshold: r.threshold, tables: fromStored(r.tables) }]));
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

// Releases the figures of a scope once and for all, or returns them as they were released. `build`
// reads the tables inside the release's transaction, while the projects' ledgers are locked, so that two
// releases of one project are audited one after the other.
export async function releaseOnce(
  em: EntityManager,
  scope: ReleaseScope,
  build: (tx: EntityManager) => Promise<PeopleTable[]>,
): Promise<Release> {
  return em.transactional(async (tx) => {
    for (const projectId of [...scope.projectIds].toSorted()) {
      await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`disclosure:${projectId}`]);
    }
    const existing = await tx.findOne(DisclosureRelease, { scope: scope.key });
    if (existing) return { threshold: existing.threshold, tables: fromStored(existing.tables) };

    const k = scope.threshold;
    const tables = await build(tx);
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
    const release = tx.create(DisclosureRelease, {
      scope: scope.key,
      projectIds: [...scope.projectIds],
      threshold: k,
      tables: stored,
    });
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
    return { threshold: k, tables: fromStored(stored) };
  });
}
