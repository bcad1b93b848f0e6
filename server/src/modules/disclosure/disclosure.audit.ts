// The audit of everything a project has released: can a count of fewer than k people be worked out by
// putting the released tables side by side (two sessions one person apart, a session and its
// contributors, a session and the project)? Pure: the service gives it the tables, it answers.
//
// The attacker it guards against knows who was behind every released table (who was in the room, who
// wrote what, how many dots each gave) but nobody's group, and reads every shown figure. People behind
// exactly the same tables with the same weights are interchangeable to that attacker: they form a class.
// A set of classes A and a set of groups U name a count, "how many of A are in U". That count can be
// worked out when it is the same in every assignment of groups that gives the released figures.
//
// How the audit decides that without enumerating assignments (there are far too many):
// 1. It looks for other assignments than the true one that give exactly the same figures, by moving one
//    person to another group and repairing the figures that changed with a few more moves (a swap, or a
//    chain through the tables). Each one found is a witness: the released figures cannot tell it from
//    the truth.
// 2. A count is the same in every assignment exactly when it is the same along every difference between
//    two assignments. It takes the witnesses' differences as those; a count unchanged by all of them is
//    treated as worked out. Witnesses it failed to find can only make it treat more counts as worked
//    out, never fewer: the audit errs on the side of hiding.
// 3. It searches the counts unchanged by every witness (0/1 vectors over classes in a linear space) for
//    one of fewer than k people in U, or in the other groups. Such a count is a disclosure.
// Arithmetic is modulo a prime below 2^26, so that products stay exact in doubles; a rank it
// underestimates modulo the prime again only treats more counts as worked out.

export interface AuditRow {
  // Who is behind the figure. The same person in another group (a changed background) is another identity.
  identity: string;
  group: string;
  // Their part of the figure: 1 in a head count, the number of challenges they wrote, the dots they gave.
  weight: number;
}

export interface AuditTable {
  key: string;
  rows: readonly AuditRow[];
  // The groups whose figure is published; the others are hidden.
  shown: ReadonlySet<string>;
}

export interface Disclosure {
  // A count that can be worked out: how many of these people are in these groups, and what it is.
  identities: string[];
  groups: string[];
  count: number;
}

export interface AuditOptions {
  // Bounds on the work, so that an audit never runs away; past them it reports a disclosure (it hides).
  maxRepairSteps?: number;
  maxSearchNodes?: number;
}

const PRIME = 67_108_859; // 2^26 - 5
const WITNESS_SEEDS = [0x5eed, 0x5eee, 0x5eef, 0x5ef0] as const;

const mod = (n: number): number => ((n % PRIME) + PRIME) % PRIME;

function modPow(base: number, exp: number): number {
  let result = 1;
  let b = mod(base);
  let e = exp;
  while (e > 0) {
    if (e & 1) result = mulMod(result, b);
    b = mulMod(b, b);
    e = Math.floor(e / 2);
  }
  return result;
}

// Exact for factors below 2^26: the product stays below 2^52.
function mulMod(a: number, b: number): number {
  return (a * b) % PRIME;
}

const inverse = (n: number): number => modPow(n, PRIME - 2);

// A small deterministic generator, so that an audit gives the same answer every time it runs.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface PeopleClass {
  identities: string[];
  size: number;
  // How many of its people are in each group, in the order of `groups`.
  truth: number[];
}

interface Model {
  classes: PeopleClass[];
  groupCount: number;
  // For each class and group, the published figures (rows) a person of that class in that group adds to.
  rowsOf: { row: number; weight: number }[][][];
  rowCount: number;
}

function buildModel(tables: readonly AuditTable[], groups: readonly string[]): Model {
  const groupIndex = new Map(groups.map((g, i) => [g, i]));
  const published = tables.filter((t) => t.shown.size > 0 && t.rows.some((r) => r.weight > 0));
  const people = new Map<string, { group: number; memberships: string[]; rows: { table: number; weight: number }[] }>();
  published.forEach((table, t) => {
    for (const row of table.rows) {
      if (row.weight <= 0) continue;
      const group = groupIndex.get(row.group);
      if (group === undefined) throw new Error(`Unknown group ${row.group} in the audit.`);
      const id = `${row.identity}\u0000${row.group}`;
      const person = people.get(id) ?? { group, memberships: [], rows: [] };
      person.memberships.push(`${t}:${row.weight}`);
      person.rows.push({ table: t, weight: row.weight });
      people.set(id, person);
    }
  });
  // Rows: one per published figure (table, shown group).
  const rowIndex = new Map<string, number>();
  published.forEach((table, t) => {
    for (const g of table.shown) {
      const group = groupIndex.get(g);
      if (group !== undefined) rowIndex.set(`${t}:${group}`, rowIndex.size);
    }
  });
  const byKey = new Map<string, { cls: PeopleClass; rows: { table: number; weight: number }[] }>();
  for (const [id, person] of people) {
    const key = person.memberships.toSorted().join(',');
    let entry = byKey.get(key);
    if (!entry) {
      entry = { cls: { identities: [], size: 0, truth: groups.map(() => 0) }, rows: person.rows };
      byKey.set(key, entry);
    }
    entry.cls.identities.push(id.split('\u0000')[0] ?? id);
    entry.cls.size += 1;
    entry.cls.truth[person.group] = (entry.cls.truth[person.group] ?? 0) + 1;
  }
  // In the order of what the classes are (their tables and weights), not of who is in them: the search below
  // visits classes in this order, and people's ids are random, so that the same figures got a different audit
  // (and now and then hid one group more) from one run to the next.
  const entries = [...byKey.entries()].toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
  const rowsOf = entries.map(({ rows }) =>
    groups.map((_, g) =>
      rows.flatMap(({ table, weight }) => {
        const row = rowIndex.get(`${table}:${g}`);
        return row === undefined ? [] : [{ row, weight }];
      }),
    ),
  );
  return { classes: entries.map((e) => e.cls), groupCount: groups.length, rowsOf, rowCount: rowIndex.size };
}

// Step 1: assignments (as counts per class and group) that give the same figures as the truth.
function findWitnesses(model: Model, maxSteps: number, seed: number): number[][] {
  const { classes, groupCount: G, rowsOf, rowCount } = model;
  const C = classes.length;
  const truth = classes.flatMap((c) => c.truth);
  const next = random(seed);
  const witnesses: number[][] = [];
  const seen = new Set<string>();

  for (let c0 = 0; c0 < C; c0++) {
    for (let g0 = 0; g0 < G; g0++) {
      if ((truth[c0 * G + g0] ?? 0) < 1) continue;
      for (let attempt = 0; attempt < 3 * G; attempt++) {
        // Each move out of the group, first greedily, then twice more choosing among the mending moves by chance.
        const h0 = attempt % G;
        const greedy = attempt < G;
        if (h0 === g0) continue;
        const counts = truth.slice();
        const delta = new Float64Array(rowCount);
        // A class that gained someone in a group does not give anyone back from it in this attempt, and
        // one that lost someone from a group does not take anyone into it: that would only undo the move.
        const gained = new Set<string>();
        const lost = new Set<string>();
        const move = (c: number, g: number, h: number) => {
          counts[c * G + g] = (counts[c * G + g] ?? 0) - 1;
          counts[c * G + h] = (counts[c * G + h] ?? 0) + 1;
          for (const { row, weight } of rowsOf[c]?.[g] ?? []) delta[row] = (delta[row] ?? 0) - weight;
          for (const { row, weight } of rowsOf[c]?.[h] ?? []) delta[row] = (delta[row] ?? 0) + weight;
          gained.add(`${c}:${h}`);
          lost.add(`${c}:${g}`);
        };
        const off = () => delta.reduce((sum, d) => sum + Math.abs(d), 0);
        move(c0, g0, h0);
        for (let step = 0; step < maxSteps && off() > 0; step++) {
          // The classes behind a figure that is now off.
          const candidates = new Set<number>();
          for (let c = 0; c < C; c++) {
            if (rowsOf[c]?.some((rows) => rows.some(({ row }) => delta[row] !== 0))) candidates.add(c);
          }
          // The move that leaves the least off; among equals, the one that mends most of what is off now
          // (a chain fixes one table and breaks the next), then chance. A move that touches no figure
          // mends nothing.
          let best: { c: number; g: number; h: number; after: number; mends: number; tie: number } | undefined;
          const before = off();
          for (const c of candidates) {
            for (let g = 0; g < G; g++) {
              if ((counts[c * G + g] ?? 0) < 1) continue;
              for (let h = 0; h < G; h++) {
                if (h === g || gained.has(`${c}:${g}`) || lost.has(`${c}:${h}`)) continue;
                const change = new Map<number, number>();
                for (const { row, weight } of rowsOf[c]?.[g] ?? []) change.set(row, (change.get(row) ?? 0) - weight);
                for (const { row, weight } of rowsOf[c]?.[h] ?? []) change.set(row, (change.get(row) ?? 0) + weight);
                let after = before;
                let mends = 0;
                for (const [row, d] of change) {
                  const old = delta[row] ?? 0;
                  after += Math.abs(old + d) - Math.abs(old);
                  if (old !== 0) mends += Math.abs(old) - Math.abs(old + d);
                }
                if (after > before || mends <= 0) continue;
                const tie = next();
                if (!greedy) {
                  if (!best || tie < best.tie) best = { c, g, h, after, mends, tie };
                  continue;
                }
                if (
                  !best ||
                  after < best.after ||
                  (after === best.after && (mends > best.mends || (mends === best.mends && tie < best.tie)))
                ) {
                  best = { c, g, h, after, mends, tie };
                }
              }
            }
          }
          if (!best) break;
          move(best.c, best.g, best.h);
        }
        if (off() !== 0) continue;
        const key = counts.join(',');
        if (seen.has(key) || counts.every((n, i) => n === truth[i])) continue;
        seen.add(key);
        witnesses.push(counts.map((n, i) => n - (truth[i] ?? 0)));
      }
    }
  }
  return witnesses;
}

// Reduced row echelon form modulo the prime; returns the pivot column of each row.
function echelon(rows: number[][], width: number): { rows: number[][]; pivots: number[] } {
  const m = rows.map((r) => r.map(mod));
  const pivots: number[] = [];
  let r = 0;
  for (let col = 0; col < width && r < m.length; col++) {
    let p = r;
    while (p < m.length && (m[p]?.[col] ?? 0) === 0) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p] ?? [], m[r] ?? []];
    const pivotRow = m[r] ?? [];
    const inv = inverse(pivotRow[col] ?? 1);
    for (let j = 0; j < width; j++) pivotRow[j] = mulMod(pivotRow[j] ?? 0, inv);
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const row = m[i] ?? [];
      const factor = row[col] ?? 0;
      if (factor === 0) continue;
      for (let j = 0; j < width; j++) row[j] = mod((row[j] ?? 0) - mulMod(factor, pivotRow[j] ?? 0));
    }
    pivots.push(col);
    r++;
  }
  return { rows: m.slice(0, r), pivots };
}

class BudgetExceeded extends Error {}

// Step 3: a nonempty set of classes whose count in U is unchanged by every witness, with fewer than k
// people in U or fewer than k outside it.
function searchSmallCount(
  witnesses: readonly number[][],
  inU: readonly number[],
  outU: readonly number[],
  classCount: number,
  k: number,
  budget: { nodes: number },
): number[] | undefined {
  const { rows, pivots } = echelon(witnesses as number[][], classCount);
  const pivotSet = new Set(pivots);
  const free = [...Array(classCount).keys()].filter((c) => !pivotSet.has(c));
  // Each pivot class's value is minus the sum of its row's free entries times the free classes' values;
  // it is known once the last free class of its row is decided.
  const doneAt: number[][] = free.map(() => []);
  const alwaysZero: number[] = [];
  rows.forEach((row, r) => {
    let last = -1;
    free.forEach((f, i) => {
      if ((row[f] ?? 0) !== 0) last = i;
    });
    if (last < 0) alwaysZero.push(r);
    else doneAt[last]?.push(r);
  });
  const value = Array.from({ length: classCount }, () => 0);
  const found: number[][] = [];
  const visit = (i: number, sumIn: number, sumOut: number, any: boolean): boolean => {
    if (--budget.nodes < 0) throw new BudgetExceeded();
    if (sumIn >= k && sumOut >= k) return false;
    if (i === free.length) {
      if (!any) return false;
      found.push(value.map((v, c) => (v ? c : -1)).filter((c) => c >= 0));
      return true;
    }
    const f = free[i] ?? 0;
    for (const bit of [1, 0]) {
      value[f] = bit;
      let inSum = sumIn + bit * (inU[f] ?? 0);
      let outSum = sumOut + bit * (outU[f] ?? 0);
      let ok = true;
      let anyHere = any || bit === 1;
      for (const r of doneAt[i] ?? []) {
        const row = rows[r] ?? [];
        let v = 0;
        for (const g of free) if ((row[g] ?? 0) !== 0 && value[g]) v = mod(v - (row[g] ?? 0));
        const pc = pivots[r] ?? 0;
        if (v !== 0 && v !== 1) {
          ok = false;
          break;
        }
        value[pc] = v;
        inSum += v * (inU[pc] ?? 0);
        outSum += v * (outU[pc] ?? 0);
        anyHere ||= v === 1;
      }
      if (ok && visit(i + 1, inSum, outSum, anyHere)) return true;
      for (const r of doneAt[i] ?? []) value[pivots[r] ?? 0] = 0;
      value[f] = 0;
    }
    return false;
  };
  for (const r of alwaysZero) value[pivots[r] ?? 0] = 0;
  return visit(0, 0, 0, false) ? found[0] : undefined;
}

// The first disclosure found in these tables together, or null when none can be found.
export function findDisclosure(
  tables: readonly AuditTable[],
  groups: readonly string[],
  k: number,
  options: AuditOptions = {},
): Disclosure | null {
  const model = buildModel(tables, groups);
  const { classes } = model;
  const C = classes.length;
  const G = groups.length;
  if (C === 0 || model.rowCount === 0) return null;
  // Four searches, each breaking ties its own (fixed) way: one alone missed a witness now and then, and hid a group
  // that could be shown (the audit errs on the side of hiding; more witnesses only hide less of what is safe).
  const witnesses = WITNESS_SEEDS.flatMap((seed) => findWitnesses(model, options.maxRepairSteps ?? 6, seed));
  const budget = { nodes: options.maxSearchNodes ?? 200_000 };
  const full = (1 << G) - 1;
  for (let mask = 1; mask < full; mask++) {
    // U and the other groups name the same counts; look at each pair once.
    if (mask > (full ^ mask)) continue;
    const inGroups = (g: number) => ((mask >> g) & 1) === 1;
    const differences = witnesses.map((d) =>
      classes.map((_, c) => {
        let s = 0;
        for (let g = 0; g < G; g++) if (inGroups(g)) s += d[c * G + g] ?? 0;
        return s;
      }),
    );
    const inU = classes.map((cls) => cls.truth.reduce((s, n, g) => (inGroups(g) ? s + n : s), 0));
    const outU = classes.map((cls, c) => cls.size - (inU[c] ?? 0));
    let hit: number[] | undefined;
    try {
      hit = searchSmallCount(differences, inU, outU, C, k, budget);
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
      return { identities: classes.flatMap((c) => c.identities), groups: [...groups], count: -1 };
    }
    if (!hit) continue;
    const count = hit.reduce((s, c) => s + (inU[c] ?? 0), 0);
    const other = hit.reduce((s, c) => s + (outU[c] ?? 0), 0);
    const useIn = count < k;
    return {
      identities: hit.flatMap((c) => classes[c]?.identities ?? []),
      groups: groups.filter((_, g) => inGroups(g) === useIn),
      count: useIn ? count : other,
    };
  }
  return null;
}
