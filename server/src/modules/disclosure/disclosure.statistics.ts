// Statistics about people (the mean of their answers, and its spread), as opposed to counts of people. Pure.
//
// A released mean over n people is their sum; two released means over sets of people that differ by one person give
// that person's answer (the mean of 10 people at one moment and of 11 a month later). A statistic's cell is therefore
// shown only while no sum over fewer than k people can be worked out from it together with every earlier shown cell
// of the same statistic (and its standard deviation adds the sums of squares, over the same sets: the same check).
//
// The check. Published sums are sums over sets S1…Sm of people. People in exactly the same sets cannot be told apart
// by them: they form an atom, and only an atom's sum can ever be worked out. A combination Σ aᵢ·sum(Sᵢ) is a sum over
// the atoms where Σ aᵢ·[atom ⊆ Sᵢ] ≠ 0. Some combination is a sum over atoms of fewer than k people in all exactly
// when leaving those atoms out lowers the rank of the atoms' membership rows. The check leaves out every atom of
// fewer than k people at once: when the rank stays, no combination of them can be isolated (leaving out fewer rows
// never lowers a rank that leaving out more did not); when it drops, the cell is treated as unsafe. That errs on the
// side of hiding: several small atoms that only together hold k or more are treated as small. With steps that only
// grow (the usual case: each set contains the earlier one) it is exact, since the atoms are then the differences
// between consecutive sets.

export interface StatisticSet {
  // Who is behind one shown cell.
  people: readonly string[];
}

// Rank of 0/1 rows, exactly (fraction-free elimination on BigInt).
function rank(rows: readonly (readonly number[])[]): number {
  const echelon: bigint[][] = [];
  const pivots: number[] = [];
  for (const row of rows) {
    let v = row.map(BigInt);
    for (let i = 0; i < echelon.length; i++) {
      const p = pivots[i] ?? 0;
      const e = echelon[i] ?? [];
      const b = v[p] ?? 0n;
      if (b === 0n) continue;
      const a = e[p] ?? 1n;
      v = v.map((x, j) => x * a - b * (e[j] ?? 0n));
    }
    const pivot = v.findIndex((x) => x !== 0n);
    if (pivot < 0) continue;
    // Keep the numbers small: divide the row by the gcd of its entries.
    const gcd = v.reduce((g, x) => {
      let a = x < 0n ? -x : x;
      let b = g;
      while (b) [a, b] = [b, a % b];
      return a;
    }, 0n);
    echelon.push(gcd > 1n ? v.map((x) => x / gcd) : v);
    pivots.push(pivot);
  }
  return echelon.length;
}

// Whether some sum over fewer than k people can be worked out from the sums over these sets.
export function isolatesFewerThan(sets: readonly StatisticSet[], k: number): boolean {
  const signature = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const person of new Set(set.people)) {
      const row = signature.get(person) ?? [];
      row.push(i);
      signature.set(person, row);
    }
  });
  const atoms = new Map<string, { row: number[]; size: number }>();
  for (const memberships of signature.values()) {
    const key = memberships.join(',');
    const atom = atoms.get(key);
    if (atom) atom.size += 1;
    else atoms.set(key, { row: sets.map((_, i) => (memberships.includes(i) ? 1 : 0)), size: 1 });
  }
  const all = [...atoms.values()];
  const large = all.filter((a) => a.size >= k);
  if (large.length === all.length) return false;
  return rank(large.map((a) => a.row)) < rank(all.map((a) => a.row));
}
