import tQuantile from '@stdlib/stats-base-dists-t-quantile';

// The statistics of the evaluator's dashboard. Pure: numbers in, numbers out. What may be computed from whose
// answers is the disclosure module's business; these functions only ever see figures it released.

export interface Summary {
  n: number;
  mean: number;
  // Sample standard deviation (n − 1 in the denominator).
  sd: number;
}

export interface PairedChange extends Summary {
  // The 95% confidence interval of the mean change (paired t), null below two people.
  ciLow: number | null;
  ciHigh: number | null;
}

export function summarise(values: readonly number[]): Summary {
  const n = values.length;
  if (!n) return { n: 0, mean: NaN, sd: NaN };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const ss = values.reduce((s, v) => s + (v - mean) ** 2, 0);
  return { n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN };
}

// The paired t interval: the changes (after − before) of n people are a sample; the mean change lies within
// mean ± t(0.975, n − 1) · sd / √n with 95% confidence.
export function pairedChange({ n, mean, sd }: Summary): PairedChange {
  if (n < 2 || !Number.isFinite(sd)) return { n, mean, sd, ciLow: null, ciHigh: null };
  const half = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ciLow: mean - half, ciHigh: mean + half };
}

// Pools the summaries of separate samples (projects) into the summary of all of them together, exactly: the sum
// of squares about the pooled mean is each sample's own plus n·(its mean − the pooled mean)².
export function pool(parts: readonly Summary[]): Summary {
  const used = parts.filter((p) => p.n > 0);
  const n = used.reduce((s, p) => s + p.n, 0);
  if (!n) return { n: 0, mean: NaN, sd: NaN };
  const mean = used.reduce((s, p) => s + p.n * p.mean, 0) / n;
  const ss = used.reduce((s, p) => s + (p.n > 1 ? (p.n - 1) * p.sd ** 2 : 0) + p.n * (p.mean - mean) ** 2, 0);
  return { n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN };
}

// Kendall's tau-b between two rankings of the same items (here: the dots third-country nationals and host-community
// residents gave each item). Chosen over Spearman's rho because the dashboard ranks few items (ten at most) whose
// dot counts tie often: tau-b corrects for ties in both rankings, has the better small-sample behaviour, and reads
// plainly as "the share of pairs of items both groups order the same way, minus the share they order oppositely".
// Null when fewer than two items, or when one ranking is all ties (nothing to correlate).
export function kendallTauB(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((x[i] ?? 0) - (x[j] ?? 0));
      const dy = Math.sign((y[i] ?? 0) - (y[j] ?? 0));
      if (dx === 0) tiedX++;
      if (dy === 0) tiedY++;
      if (dx * dy > 0) concordant++;
      else if (dx * dy < 0) discordant++;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  return denominator > 0 ? (concordant - discordant) / denominator : null;
}

// Ranks, 1 for the largest, ties sharing the lowest rank of their places ("1, 2, 2, 4").
export function ranks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}
