import { describe, expect, it } from 'vitest';
import { findDisclosure, type AuditTable } from './disclosure.audit.js';

const GROUPS = ['T', 'H', 'E', 'P'];
const K = 5;

// People named by a letter and a number: h1..h6 are host community, t1..t5 third-country nationals.
const people = (prefix: string, group: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ identity: `${prefix}${i + 1}`, group, weight: 1 }));

const table = (key: string, rows: AuditTable['rows'], shown: string[]): AuditTable => ({
  key,
  rows,
  shown: new Set(shown),
});

describe('findDisclosure', () => {
  it('should find nothing when one session shows 6 host-community people and hides the other 5', () => {
    // 6 H + 5 T; H shown. Any of the 11 could be one of the 6: nobody is singled out, and the 5 hidden
    // people (in T, E or P in any mix) are at least k.
    const session = table('s1', [...people('h', 'H', 6), ...people('t', 'T', 5)], ['H']);
    expect(findDisclosure([session], GROUPS, K)).toBeNull();
  });

  it('should single out the newcomer when two sessions one person apart both show host community 6', () => {
    // Session 1: h1-h6, t1-t5 (H shown: 6). Session 2: the same people and t6 (H shown: 6). The difference
    // is t6 alone, and its host-community count is 6 - 6 = 0: t6 is not host community.
    const first = table('s1', [...people('h', 'H', 6), ...people('t', 'T', 5)], ['H']);
    const second = table('s2', [...people('h', 'H', 6), ...people('t', 'T', 6)], ['H']);
    const found = findDisclosure([first, second], GROUPS, K);
    expect(found).toMatchObject({ identities: ['t6'], count: 0 });
  });

  it('should find a count of 1 when two newcomers join and one of them is host community', () => {
    // Session 2 = session 1 + t6 + h7; H is 6 then 7: exactly one of the two newcomers is host community.
    const first = table('s1', [...people('h', 'H', 6), ...people('t', 'T', 5)], ['H']);
    const second = table('s2', [...people('h', 'H', 7), ...people('t', 'T', 6)], ['H']);
    const found = findDisclosure([first, second], GROUPS, K);
    expect(found?.identities.toSorted()).toEqual(['h7', 't6']);
    expect(found?.count).toBe(1);
  });

  it('should find nothing when two sessions share people but each has five others of its own', () => {
    // Shared: h1-h3 and t1-t3. Session 1 also has h4-h6, t4, t5 (H shown: 6); session 2 also has h7-h9,
    // t6, t7 (H shown: 6). Reading one of session 1's own H as T, one shared T as H and one of session 2's
    // own H as T gives the same two figures: every part's count can change, so none can be worked out.
    const shared = [...people('h', 'H', 3), ...people('t', 'T', 3)];
    const own1 = [
      { identity: 'h4', group: 'H', weight: 1 },
      { identity: 'h5', group: 'H', weight: 1 },
      { identity: 'h6', group: 'H', weight: 1 },
      { identity: 't4', group: 'T', weight: 1 },
      { identity: 't5', group: 'T', weight: 1 },
    ];
    const own2 = [
      { identity: 'h7', group: 'H', weight: 1 },
      { identity: 'h8', group: 'H', weight: 1 },
      { identity: 'h9', group: 'H', weight: 1 },
      { identity: 't6', group: 'T', weight: 1 },
      { identity: 't7', group: 'T', weight: 1 },
    ];
    const first = table('s1', [...shared, ...own1], ['H']);
    const second = table('s2', [...shared, ...own2], ['H']);
    expect(findDisclosure([first, second], GROUPS, K)).toBeNull();
  });

  it('should single out a writer when the challenges by group can only add up one way', () => {
    // Attendance: h1-h6 and t1-t5, H shown (6). Challenges: h1 wrote 3, h2-h5 one each, h6 none, t1-t5
    // one each; H shown (7). Without h1, six H people among the other ten write at most 6 challenges
    // (each wrote 0 or 1), never 7: whoever reads both figures knows h1 is host community.
    const attendance = table('att', [...people('h', 'H', 6), ...people('t', 'T', 5)], ['H']);
    const challenges = table(
      'ch',
      [
        { identity: 'h1', group: 'H', weight: 3 },
        ...['h2', 'h3', 'h4', 'h5'].map((identity) => ({ identity, group: 'H', weight: 1 })),
        ...people('t', 'T', 5),
      ],
      ['H'],
    );
    const found = findDisclosure([attendance, challenges], GROUPS, K);
    expect(found).not.toBeNull();
  });
});
