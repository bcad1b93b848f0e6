// The rule for one table: which of its cells may be shown. Pure: no database, no clock.
// The module's header (disclosure.service.ts) says why the rule is what it is.

// k: a count of fewer people than this is never shown. A project may raise it, never lower it.
export const DEFAULT_SMALL_GROUP_THRESHOLD = 5;
export const MAX_SMALL_GROUP_THRESHOLD = 100;

// One cell of a table about people: its figure and how many distinct people are behind it.
// For a head count the two are the same; for "challenges raised by host-community residents" the figure
// is the number of challenges and `people` the number of residents who raised them.
export interface TableCell {
  group: string;
  value: number;
  people: number;
}

// The groups of a table to hide.
//
// Primary suppression: a cell with fewer than k people behind it is hidden, an empty cell too (a shown
// zero says "none of these people is in that group"). The figure's value does not matter: twelve
// challenges from one person are one person's.
//
// Complementary suppression: the total of a table is shown, so the hidden cells can be worked out
// together as "all minus the shown ones". The people behind the hidden cells must therefore add up to
// at least k, or every cell is hidden. Cells are added to the hidden ones from the fewest people up
// (then the smallest figure, then the table's order) until that holds.
//
// `alsoHide`: groups hidden for another reason (contributions of a group whose attendance is hidden).
export function hiddenGroups(
  cells: readonly TableCell[],
  k: number,
  alsoHide: ReadonlySet<string> = new Set(),
): Set<string> {
  const hidden = new Set(cells.filter((c) => c.people < k || alsoHide.has(c.group)).map((c) => c.group));
  const peopleHidden = () => cells.filter((c) => hidden.has(c.group)).reduce((sum, c) => sum + c.people, 0);
  if (hidden.size === 0) return hidden;
  const shown = cells
    .map((cell, order) => ({ cell, order }))
    .filter(({ cell }) => !hidden.has(cell.group))
    .toSorted((a, b) => a.cell.people - b.cell.people || a.cell.value - b.cell.value || a.order - b.order);
  for (const { cell } of shown) {
    if (peopleHidden() >= k) break;
    hidden.add(cell.group);
  }
  return hidden;
}

// Row-level data (the research export): each row describes one person by a few variables that others might know
// (their background, their age band), the quasi-identifiers. A combination of them shared by fewer than k people
// would point at those people, and at their answers. So, as long as some person's combination is shared by fewer
// than k people, that person's first variable in `giveUp` order that is still known is blanked (null): the least
// useful variable goes first. What is left of every person's combination is then shared by at least k people, or is
// blank altogether.
export function generaliseRecords<T extends Record<string, string | null>>(
  records: readonly T[],
  giveUp: readonly (keyof T & string)[],
  k: number,
): T[] {
  const result = records.map((r) => ({ ...r }));
  const keyOf = (r: T) => giveUp.map((v) => r[v] ?? '∅').join('\u0000');
  for (;;) {
    const counts = new Map<string, number>();
    for (const r of result) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
    const small = result.filter((r) => (counts.get(keyOf(r)) ?? 0) < k && giveUp.some((v) => r[v] !== null));
    if (!small.length) return result;
    for (const r of small) {
      const next = giveUp.find((v) => r[v] !== null);
      if (next) (r as Record<string, string | null>)[next] = null;
    }
  }
}
