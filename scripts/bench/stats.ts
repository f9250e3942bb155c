// Order statistics and the markdown table shared by the jsdom and Chromium benches.

/** Nearest-rank percentile (p in 0..100) of unsorted values; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export interface Summary { n: number; median: number; p95: number; max: number }

export function summarize(values: readonly number[]): Summary {
  return { n: values.length, median: median(values), p95: percentile(values, 95), max: values.length ? Math.max(...values) : NaN };
}

export interface Ratio {
  /** Median over pages of (Lectern ms / plain ms) on the same page. */
  medianOfRatios: number;
  p95OfRatios: number;
  /** Median Lectern ms / median plain ms. */
  ratioOfMedians: number;
  /** Sum of Lectern ms / sum of plain ms (what a reader of every page would pay). */
  ratioOfTotals: number;
}

export function ratio(lectern: readonly number[], plain: readonly number[]): Ratio {
  const per = lectern.map((l, i) => l / Math.max(plain[i] ?? 0, 0.01));
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    medianOfRatios: median(per),
    p95OfRatios: percentile(per, 95),
    ratioOfMedians: median(lectern) / median(plain),
    ratioOfTotals: sum(lectern) / sum(plain),
  };
}

const fmt = (n: number): string => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1));

export function row(label: string, s: Summary, note = ''): string {
  return `| ${label} | ${s.n} | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.max)} | ${note} |`;
}

export const HEADER = '| measure | n | median ms | p95 ms | max ms | note |\n| --- | ---: | ---: | ---: | ---: | --- |';

export function ratioLine(r: Ratio): string {
  return `Lectern / plain Readability: median of per-page ratios **${r.medianOfRatios.toFixed(2)}×** (p95 ${r.p95OfRatios.toFixed(2)}×), ratio of medians **${r.ratioOfMedians.toFixed(2)}×**, ratio of totals ${r.ratioOfTotals.toFixed(2)}×`;
}
