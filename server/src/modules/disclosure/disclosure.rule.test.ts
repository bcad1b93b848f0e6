import { describe, expect, it } from 'vitest';
import { generaliseRecords, hiddenGroups } from './disclosure.rule.js';

// Every expectation is worked out by hand from the cells written next to it (k = 5).
const cell = (group: string, people: number, value = people) => ({ group, value, people });
const hide = (...args: Parameters<typeof hiddenGroups>) => [...hiddenGroups(...args)].toSorted();

describe('hiddenGroups', () => {
  it('should hide nothing when every group has at least 5 people', () => {
    expect(hide([cell('T', 5), cell('H', 9), cell('E', 5), cell('P', 6)], 5)).toEqual([]);
  });

  it('should hide the next smallest group when the small ones hold fewer than 5 people together', () => {
    // E 1 and P 0 hide 1 person, which total minus T and H would give away; H (5) has fewer people than
    // T (6), so H goes too: E, P and H hide 6.
    expect(hide([cell('T', 6), cell('H', 5), cell('E', 1), cell('P', 0)], 5)).toEqual(['E', 'H', 'P']);
  });

  it('should keep the shown groups when the small ones already hold 5 people together', () => {
    // E 3 and P 2 hide 5.
    expect(hide([cell('T', 6), cell('H', 7), cell('E', 3), cell('P', 2)], 5)).toEqual(['E', 'P']);
  });

  it('should hide every group when only one has people', () => {
    // H 12 and three empty groups: showing H would say that nobody is anything else.
    expect(hide([cell('T', 0), cell('H', 12), cell('E', 0), cell('P', 0)], 5)).toEqual(['E', 'H', 'P', 'T']);
  });

  it('should judge contributions by the people behind them, not by their number', () => {
    // T: 12 challenges by 2 people, H: 6 by 6 people, E and P: none. T is hidden (2 people), and with E
    // and P it hides 2 people: H is hidden too.
    expect(hide([cell('T', 2, 12), cell('H', 6, 6), cell('E', 0), cell('P', 0)], 5)).toEqual(['E', 'H', 'P', 'T']);
  });

  it('should hide what another table hides when it is asked to', () => {
    // T 6, H 6, E 5, P 5 would all show; hiding H (hidden in the attendance) hides 6 people, enough.
    expect(hide([cell('T', 6), cell('H', 6), cell('E', 5), cell('P', 5)], 5, new Set(['H']))).toEqual(['H']);
  });

  it('should use a raised threshold when a project has one', () => {
    // k = 8: T 7 is under it; T hides 7, H (9) goes too.
    expect(hide([cell('T', 7), cell('H', 9), cell('E', 0), cell('P', 0)], 8)).toEqual(['E', 'H', 'P', 'T']);
    expect(hide([cell('T', 8), cell('H', 9), cell('E', 8), cell('P', 0)], 8)).toEqual(['P', 'T']);
  });
});

const person = (background: string, ageBand: string | null) => ({ background, ageBand });

describe('generaliseRecords', () => {
  it('should blank the age band of the people whose background and age band fewer than 5 share', () => {
    // T/18-29 × 5 stays; T/30-44 × 2 and T/65 × 1 lose their age band, leaving T/— × 3, which is still fewer than 5,
    // so those three lose their background too (— /— × 3). H/45-64 × 6 stays.
    const records = [
      ...Array.from({ length: 5 }, () => person('T', '18-29')),
      ...Array.from({ length: 2 }, () => person('T', '30-44')),
      person('T', '65'),
      ...Array.from({ length: 6 }, () => person('H', '45-64')),
    ];
    const out = generaliseRecords(records, ['ageBand', 'background'], 5);
    const count = (b: string | null, a: string | null) =>
      out.filter((r) => r.background === b && r.ageBand === a).length;
    expect(count('T', '18-29')).toBe(5);
    expect(count('H', '45-64')).toBe(6);
    expect(count(null, null)).toBe(3);
    expect(out).toHaveLength(14);
  });

  it('should keep the background when blanking the age band is enough', () => {
    // T/18-29 × 3 and T/30-44 × 3: neither reaches 5, but T/— × 6 does.
    const records = [
      ...Array.from({ length: 3 }, () => person('T', '18-29')),
      ...Array.from({ length: 3 }, () => person('T', '30-44')),
    ];
    expect(generaliseRecords(records, ['ageBand', 'background'], 5)).toEqual(
      Array.from({ length: 6 }, () => ({ background: 'T', ageBand: null })),
    );
  });
});
