// Small statistics for repeated runs.
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median of pairwise ratios a[i] / b[i] (runs interleaved, so drift cancels). */
export const medianRatio = (a, b) => median(a.map((x, i) => x / b[i]));
