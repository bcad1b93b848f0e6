import { describe, expect, it } from 'vitest';
import { isolatesFewerThan } from './disclosure.statistics.js';

// Each case's answer is reasoned out by hand beside it (k = 5).
const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const set = (...groups: string[][]) => ({ people: groups.flat() });

describe('isolatesFewerThan', () => {
  it('should find nothing when one mean over six people is all that was shown', () => {
    expect(isolatesFewerThan([set(people('a', 6))], 5)).toBe(false);
  });

  it('should find the newcomer when the mean of ten and then of the same ten and one more are shown', () => {
    // 11·mean₂ − 10·mean₁ is the newcomer's own answer.
    expect(isolatesFewerThan([set(people('a', 10)), set(people('a', 10), ['x'])], 5)).toBe(true);
  });

  it('should find nothing when the second mean adds five people to the first', () => {
    // The difference is a sum over five people: not fewer than k.
    expect(isolatesFewerThan([set(people('a', 10)), set(people('a', 10), people('b', 5))], 5)).toBe(false);
  });

  it('should find the one who left when a later mean is over the same people but one', () => {
    expect(isolatesFewerThan([set(people('a', 10)), set(people('a', 9))], 5)).toBe(true);
  });

  it('should find a small group when the total and all groups but one are shown', () => {
    // Total over 12 (T 6, H 4, E 2): showing the total and T leaves H and E (6 people) together, which is fine;
    // showing H too isolates E's 2.
    const T = people('t', 6);
    const H = people('h', 4);
    const E = people('e', 2);
    expect(isolatesFewerThan([set(T, H, E), set(T)], 5)).toBe(false);
    expect(isolatesFewerThan([set(T, H, E), set(T), set(H)], 5)).toBe(true);
  });

  it('should find a combination of three releases when no two of them differ by fewer than five people', () => {
    // S1 = A∪B, S2 = B∪C, S3 = A∪C∪{x}, with A, B, C of 5 each: no two differ by fewer than 10 people. Unknowns:
    // the sums of A, B, C and x (four), known: three sums. The atoms' rows (A: 1 0 1, B: 1 1 0, C: 0 1 1, x: 0 0 1)
    // have rank 3, and A, B and C alone already have rank 3 (their determinant is 2): x cannot be isolated.
    const A = people('a', 5);
    const B = people('b', 5);
    const C = people('c', 5);
    expect(isolatesFewerThan([set(A, B), set(B, C), set(A, C, ['x'])], 5)).toBe(false);
    // A fourth release over A∪B∪C: four sums for four unknowns (the rows now have rank 4, A, B and C only 3), so
    // x's answer can be worked out.
    expect(isolatesFewerThan([set(A, B), set(B, C), set(A, C, ['x']), set(A, B, C)], 5)).toBe(true);
  });
});
