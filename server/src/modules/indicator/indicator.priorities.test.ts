import { describe, expect, it } from 'vitest';
import { SuppressionReason } from '../disclosure/disclosure.types.js';
import { Background } from '../participant/participant.entity.js';
import { rankPriorities } from './indicator.service.js';
import { PriorityKind } from './indicator.types.js';

const { THIRD_COUNTRY_NATIONAL: T, HOST_COMMUNITY: H, EU_CITIZEN: E, PREFERS_NOT_TO_SAY: P } = Background;

// Released figures of four items, as the disclosure module would have shown them (null: hidden).
const item = (id: string, total: number, t: number | null, h: number | null) => ({
  id,
  kind: PriorityKind.CHALLENGE,
  text: id,
  language: 'nl',
  dots: {
    total,
    projects: 1,
    byBackground: [
      { background: T, value: t, hiddenBecause: t === null ? SuppressionReason.SMALL_GROUP : null },
      { background: H, value: h, hiddenBecause: h === null ? SuppressionReason.SMALL_GROUP : null },
      { background: E, value: null, hiddenBecause: SuppressionReason.SMALL_GROUP },
      { background: P, value: null, hiddenBecause: SuppressionReason.SMALL_GROUP },
    ],
  },
});

describe('rankPriorities', () => {
  it('should rank each group among the items where its dots are shown and correlate the items where both are', () => {
    // c4: T 6, H 14; c1: T 12, H 7; c3: H 14 only; c2: T 6 only; c5: T 9, H 10.
    // T ranks c1 (12) 1st, c5 (9) 2nd, c4 and c2 (6) both 3rd. H ranks c4 and c3 (14) 1st, c5 (10) 3rd, c1 (7) 4th.
    // Both are shown on c4, c1 and c5: T 6, 12, 9 and H 14, 7, 10. Pairs: (c4,c1) T up, H down: discordant;
    // (c4,c5) T up, H down: discordant; (c1,c5) T down, H up: discordant. tau-b = (0 − 3) / √(3 × 3) = −1.
    const ranked = rankPriorities([
      item('c4', 25, 6, 14),
      item('c1', 24, 12, 7),
      item('c3', 19, null, 14),
      item('c2', 11, 6, null),
      item('c5', 21, 9, 10),
    ]);
    expect(ranked.items.map((i) => [i.id, i.rankThirdCountryNationals, i.rankHostCommunity])).toEqual([
      ['c4', 3, 1],
      ['c1', 1, 4],
      ['c3', null, 1],
      ['c2', 3, null],
      ['c5', 2, 3],
    ]);
    expect(ranked.comparedItems).toBe(3);
    expect(ranked.kendallTau).toBeCloseTo(-1, 10);
  });

  it('should give a positive correlation when both groups mostly order the items the same way', () => {
    // T 1, 2, 3, 4 and H 2, 1, 3, 4: of the six pairs only (a,b) is discordant: (5 − 1) / 6 = 0.666667.
    const ranked = rankPriorities([item('a', 3, 1, 2), item('b', 3, 2, 1), item('c', 6, 3, 3), item('d', 8, 4, 4)]);
    expect(ranked.kendallTau).toBeCloseTo(0.666667, 5);
  });
});
