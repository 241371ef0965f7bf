/**
 * Percentiles from a histogram of fixed-width buckets (the rollup keeps waits and session lengths in
 * 5-minute buckets), linearly interpolated inside the bucket. The last bucket is open-ended: a
 * percentile that falls in it is reported as its lower edge.
 */
export function histogramPercentile(buckets: readonly number[], p: number, width = 5): number | null {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const target = p * total;
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    const n = buckets[i] ?? 0;
    if (n > 0 && seen + n >= target) {
      if (i === buckets.length - 1) return i * width;
      return Math.round((i + (target - seen) / n) * width * 10) / 10;
    }
    seen += n;
  }
  return (buckets.length - 1) * width;
}

/** Adds histograms element-wise. */
export const addHistograms = (a: readonly number[], b: readonly number[]) =>
  Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
