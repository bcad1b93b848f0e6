import { describe, expect, it } from 'vitest';
import { kendallTauB, pairedChange, pool, ranks, summarise } from './indicator.statistics.js';

// Every expected figure below is worked out by hand (or from a printed t table) in the comments beside it, never by
// the functions under test.

describe('pairedChange', () => {
  it('should give the paired t interval worked out by hand when five people change by 1, 1, 0, 1 and 2', () => {
    // Before 2, 3, 3, 4, 2; after 3, 4, 3, 5, 4: changes d = 1, 1, 0, 1, 2.
    // n = 5, mean = 5 / 5 = 1.
    // Deviations from the mean: 0, 0, −1, 0, 1; sum of squares 2; variance 2 / (5 − 1) = 0.5; sd = √0.5 = 0.707107.
    // Standard error = 0.707107 / √5 = 0.707107 / 2.236068 = 0.316228.
    // t(0.975, 4 degrees of freedom) = 2.776 (t table); half-width = 2.776445 × 0.316228 = 0.877976.
    // 95% interval: 1 − 0.877976 = 0.122024 to 1 + 0.877976 = 1.877976.
    const change = pairedChange(summarise([1, 1, 0, 1, 2]));
    expect(change.n).toBe(5);
    expect(change.mean).toBeCloseTo(1, 10);
    // √0.5, worked out above.
    expect(change.sd).toBeCloseTo(Math.sqrt(0.5), 10);
    expect(change.ciLow).toBeCloseTo(0.122024, 4);
    expect(change.ciHigh).toBeCloseTo(1.877976, 4);
  });

  it('should give the interval of a decrease when ten people change by −1 or 0', () => {
    // d = −1 six times, 0 four times: mean = −6 / 10 = −0.6.
    // Deviations: −0.4 six times (0.16 each, 0.96), 0.6 four times (0.36 each, 1.44): sum of squares 2.4.
    // Variance 2.4 / 9 = 0.266667; sd = 0.516398; standard error = 0.516398 / √10 = 0.163299.
    // t(0.975, 9) = 2.262157 (t table 2.262); half-width = 0.369409.
    // 95% interval: −0.969409 to −0.230591.
    const change = pairedChange(summarise([-1, -1, -1, -1, -1, -1, 0, 0, 0, 0]));
    expect(change.mean).toBeCloseTo(-0.6, 10);
    expect(change.ciLow).toBeCloseTo(-0.969409, 4);
    expect(change.ciHigh).toBeCloseTo(-0.230591, 4);
  });

  it('should give no interval when only one person answered both times', () => {
    expect(pairedChange(summarise([2]))).toMatchObject({ n: 1, mean: 2, ciLow: null, ciHigh: null });
  });
});

describe('pool', () => {
  it('should pool two projects into the summary of all their people together when each was summarised apart', () => {
    // Project 1: changes 1, 1, 0, 1, 2 (n 5, mean 1, sd √0.5). Project 2: changes 3, 3 (n 2, mean 3, sd 0).
    // All seven: 1, 1, 0, 1, 2, 3, 3: sum 11, mean 11/7 = 1.571429.
    // Squares about 11/7: (−4/7)² × 3 = 48/49, (−11/7)² = 121/49, (3/7)² = 9/49, (10/7)² × 2 = 200/49; total 378/49 = 7.714286.
    // Variance 7.714286 / 6 = 1.285714; sd = 1.133893.
    const pooled = pool([summarise([1, 1, 0, 1, 2]), summarise([3, 3])]);
    expect(pooled.n).toBe(7);
    expect(pooled.mean).toBeCloseTo(1.571429, 5);
    expect(pooled.sd).toBeCloseTo(1.133893, 5);
  });
});

describe('kendallTauB', () => {
  it('should give the tau-b worked out by hand for five items with a tie in each ranking', () => {
    // Dots of group A: 5, 3, 3, 1, 0; of group B: 4, 4, 2, 0, 1.
    // The ten pairs: (1,2) tie in B only; (2,3) tie in A only; (4,5) discordant (A 1 > 0, B 0 < 1);
    // the seven others concordant. C = 7, D = 1.
    // n0 = 10 pairs; ties in A: one pair; ties in B: one pair.
    // tau-b = (7 − 1) / √((10 − 1)(10 − 1)) = 6 / 9 = 0.666667.
    expect(kendallTauB([5, 3, 3, 1, 0], [4, 4, 2, 0, 1])).toBeCloseTo(0.666667, 5);
  });

  it('should give −1 when both groups order four items in exactly opposite ways', () => {
    // Every one of the six pairs is discordant: (0 − 6) / √(6 × 6) = −1.
    expect(kendallTauB([4, 3, 2, 1], [1, 2, 3, 4])).toBeCloseTo(-1, 10);
  });

  it('should give no correlation when one group gave every item the same number of dots', () => {
    expect(kendallTauB([2, 2, 2], [1, 2, 3])).toBeNull();
  });
});

describe('ranks', () => {
  it('should share the lowest place among ties when two items have as many dots', () => {
    expect(ranks([4, 7, 4, 1])).toEqual([2, 1, 2, 4]);
  });
});
