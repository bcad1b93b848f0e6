// The attacker of the disclosure property tests, written from the promise, not from the implementation.
//
// The attacker reads every table an output published (its shown figures) and knows who was behind each
// one and how much of it was theirs: who was in the room at each moment, who wrote which challenge, how
// many dots each gave. It knows nobody's group. It enumerates every assignment of groups to people that
// gives exactly the published figures, and wins when, in all of them:
// - a person's membership of a group is the same (in it, or not in it): the person is singled out; or
// - some set of people it can name has the same number of members in some set of groups, and that number
//   is below k: a count of fewer than k people has been worked out ("one of the two newcomers is host
//   community", "the hidden groups hold 2 people").
// People behind exactly the same tables with the same weights cannot be told apart by any figure, so the
// enumeration runs over how many of each such class are in each group; a set the attacker can name is a
// union of classes (or part of one, which is singled out only if a whole class is).

export interface Observation {
  // Where the table was read, for the report of a finding: "csv session 2 / challenges".
  source: string;
  // Who is behind the table and how much of its figure is theirs (1 in a head count).
  people: ReadonlyMap<string, number>;
  // The figures the output showed, by group; a group missing here was not shown.
  shown: ReadonlyMap<string, number>;
}

export interface Finding {
  people: string[];
  groups: string[];
  count: number;
  sources: string[];
}

export interface AttackLimits {
  // Past this many enumerated assignments the scenario is too large to settle; the test fails then.
  maxSolutions?: number;
}

export class ScenarioTooLarge extends Error {}

interface Row {
  group: number;
  target: number;
  // Weight of each class in this row.
  weights: number[];
}

// Rank of integer vectors, exactly (fraction-free elimination on BigInt).
function independent(vectors: readonly number[][]): number[][] {
  const kept: number[][] = [];
  const echelon: bigint[][] = [];
  const pivots: number[] = [];
  for (const vector of vectors) {
    if (kept.length === vector.length) break;
    let v = vector.map(BigInt);
    for (let i = 0; i < echelon.length; i++) {
      const p = pivots[i] ?? 0;
      const row = echelon[i] ?? [];
      const a = row[p] ?? 1n;
      const b = v[p] ?? 0n;
      if (b === 0n) continue;
      v = v.map((x, j) => x * a - b * (row[j] ?? 0n));
    }
    const pivot = v.findIndex((x) => x !== 0n);
    if (pivot < 0) continue;
    echelon.push(v);
    pivots.push(pivot);
    kept.push(vector);
  }
  return kept;
}

// Groups shown in no table appear in no figure, only in "everyone else": the attacker cannot tell them
// apart from each other, and a count that splits them is worked out only when the count of all of them
// together is, and is 0 (then it is found for all of them together). So they are enumerated as one.
const expand = (names: string[]) => names.flatMap((name) => name.split('+'));

export function attack(
  observations: readonly Observation[],
  allGroups: readonly string[],
  k: number,
  limits: AttackLimits = {},
): Finding[] {
  const used = observations.filter((o) => o.shown.size > 0);
  const everShown = allGroups.filter((g) => used.some((o) => o.shown.has(g)));
  const neverShown = allGroups.filter((g) => !everShown.includes(g));
  const groups = neverShown.length ? [...everShown, neverShown.join('+')] : everShown;
  const G = groups.length;
  // Classes: people with the same weight in every table.
  const signature = new Map<string, string>();
  const everyone = new Set(used.flatMap((o) => [...o.people.keys()]));
  for (const person of everyone) {
    signature.set(person, used.map((o) => o.people.get(person) ?? 0).join(','));
  }
  const classOf = new Map<string, string[]>();
  for (const [person, sig] of signature) classOf.set(sig, [...(classOf.get(sig) ?? []), person]);
  const classes = [...classOf.entries()].map(([sig, members]) => ({
    weights: sig.split(',').map(Number),
    members: members.toSorted(),
  }));
  const C = classes.length;
  if (C > 20) throw new ScenarioTooLarge(`${C} classes of people`);
  const rows: Row[] = used.flatMap((o, t) =>
    [...o.shown].map(([group, target]) => ({
      group: groups.indexOf(group),
      target,
      weights: classes.map((c) => c.weights[t] ?? 0),
    })),
  );
  if (rows.some((r) => r.group < 0)) throw new Error('An observation shows a group the attacker does not know.');

  // Every assignment: how many of each class are in each group, class after class, pruned by the rows.
  const solutions: number[][] = [];
  const counts = Array.from({ length: C * G }, () => 0);
  const partial = rows.map(() => 0);
  // What the classes from index i on can still add to each row, at most.
  const rest = rows.map((row) => {
    const r = Array.from({ length: C + 1 }, () => 0);
    for (let c = C - 1; c >= 0; c--) r[c] = (r[c + 1] ?? 0) + (row.weights[c] ?? 0) * (classes[c]?.members.length ?? 0);
    return r;
  });
  const max = limits.maxSolutions ?? 300_000;
  const place = (c: number): void => {
    if (c === C) {
      if (rows.every((row, r) => partial[r] === row.target)) {
        solutions.push(counts.slice());
        if (solutions.length > max) throw new ScenarioTooLarge(`more than ${max} assignments`);
      }
      return;
    }
    const size = classes[c]?.members.length ?? 0;
    const compose = (g: number, left: number): void => {
      if (g === G - 1) {
        counts[c * G + g] = left;
        apply(c, g, left);
        const ok = rows.every((row, r) => {
          const now = partial[r] ?? 0;
          return now <= row.target && now + (rest[r]?.[c + 1] ?? 0) >= row.target;
        });
        if (ok) place(c + 1);
        apply(c, g, -left);
        counts[c * G + g] = 0;
        return;
      }
      for (let n = 0; n <= left; n++) {
        counts[c * G + g] = n;
        apply(c, g, n);
        compose(g + 1, left - n);
        apply(c, g, -n);
      }
      counts[c * G + g] = 0;
    };
    compose(0, size);
  };
  function apply(c: number, g: number, n: number): void {
    rows.forEach((row, r) => {
      if (row.group === g) partial[r] = (partial[r] ?? 0) + n * (row.weights[c] ?? 0);
    });
  }
  place(0);
  const [truth] = solutions;
  if (!truth) throw new Error('No assignment gives the published figures: the observations contradict each other.');

  const findings: Finding[] = [];
  const full = (1 << G) - 1;
  for (let mask = 1; mask < full; mask++) {
    if (mask > (full ^ mask)) continue;
    const inU = (g: number) => ((mask >> g) & 1) === 1;
    const countIn = (s: number[], c: number) => {
      let n = 0;
      for (let g = 0; g < G; g++) if (inU(g)) n += s[c * G + g] ?? 0;
      return n;
    };
    const distinct = new Map<string, number[]>();
    for (const s of solutions.slice(1)) {
      const d = classes.map((_, c) => countIn(s, c) - countIn(truth, c));
      distinct.set(d.join(','), d);
    }
    const differences = independent([...distinct.values()]);
    // Every nonempty union of classes whose count in U is the same in every assignment (Gray code order).
    const sums = differences.map(() => 0);
    let set = 0;
    for (let i = 1; i < 1 << C; i++) {
      const c = 31 - Math.clz32(i & -i);
      const adding = ((set >> c) & 1) === 0;
      set ^= 1 << c;
      differences.forEach((d, j) => {
        sums[j] = (sums[j] ?? 0) + (adding ? 1 : -1) * (d[c] ?? 0);
      });
      if (sums.some((x) => x !== 0)) continue;
      const members = classes.filter((_, j) => ((set >> j) & 1) === 1);
      const inside = classes.reduce((n, _, j) => (((set >> j) & 1) === 1 ? n + countIn(truth, j) : n), 0);
      const size = members.reduce((n, cls) => n + cls.members.length, 0);
      const outside = size - inside;
      if (inside >= k && outside >= k) continue;
      const small = inside < k;
      findings.push({
        people: members.flatMap((m) => m.members),
        groups: expand(groups.filter((_, g) => inU(g) === small)),
        count: small ? inside : outside,
        sources: [
          ...new Set(
            used.filter((o) => members.some((m) => m.members.some((p) => o.people.has(p)))).map((o) => o.source),
          ),
        ],
      });
    }
  }
  return findings;
}
