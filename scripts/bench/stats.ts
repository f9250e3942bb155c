// Order statistics, the stage timer and the markdown tables shared by the jsdom and Chromium benches.

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

/** `label` names the numerator (and `base` the denominator): Lectern / plain Readability unless told. */
export function ratioLine(r: Ratio, label = 'Lectern', base = 'plain Readability'): string {
  return `${label} / ${base}: median of per-page ratios **${r.medianOfRatios.toFixed(2)}×** (p95 ${r.p95OfRatios.toFixed(2)}×), ratio of medians **${r.ratioOfMedians.toFixed(2)}×**, ratio of totals ${r.ratioOfTotals.toFixed(2)}×`;
}

/** A lap timer for ExtractOptions.lap: each call records the ms since the previous one (or `start`). */
export function stageTimer(now: () => number, start = now()): { stages: Record<string, number>; lap: (stage: string) => void } {
  const stages: Record<string, number> = {};
  let last = start;
  return {
    stages,
    lap: (stage: string): void => {
      const at = now();
      stages[stage] = at - last;
      last = at;
    },
  };
}

/** Median per stage over runs (a stage a run did not reach, e.g. no article, counts as 0 ms). */
export function stageMedians(runs: readonly { stages?: Record<string, number> }[]): Record<string, number> {
  const names = new Set(runs.flatMap((r) => Object.keys(r.stages ?? {})));
  return Object.fromEntries([...names].map((n) => [n, median(runs.map((r) => r.stages?.[n] ?? 0))]));
}

/** The pipeline's stages in order (ExtractOptions.lap), then the popup's sanitize. */
export const STAGES = ['clone', 'metadata', 'prepare', 'clean-document', 'readability', 'clean-article', 'finish', 'sanitize'];
/** What Lectern cannot do without: a copy of the page, Readability itself, and the sanitizer. */
const FLOOR = ['clone', 'readability', 'sanitize'];

export interface StagePage { plainMs: number; stages: Record<string, number> }

/**
 * Each stage as a multiple of plain Readability on the same page (median over pages, and ratio of
 * totals): where the time over plain goes, and the floor the unavoidable stages set.
 */
export function stageTable(pages: readonly StagePage[]): string {
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const plainTotal = sum(pages.map((p) => p.plainMs));
  const line = (label: string, pick: (p: StagePage) => number): string => {
    const per = pages.map((p) => pick(p) / Math.max(p.plainMs, 0.01));
    return `| ${label} | ${median(pages.map(pick)).toFixed(2)} | ${median(per).toFixed(2)}× | ${(sum(pages.map(pick)) / plainTotal).toFixed(2)}× |`;
  };
  const rows = STAGES.map((s) => line(s, (p) => p.stages[s] ?? 0));
  rows.push(line('**floor: clone + readability + sanitize**', (p) => sum(FLOOR.map((s) => p.stages[s] ?? 0))));
  rows.push(line('**everything else (Lectern\'s own work)**', (p) => sum(STAGES.filter((s) => !FLOOR.includes(s)).map((s) => p.stages[s] ?? 0))));
  return `| stage | median ms | × plain (median of per-page) | × plain (ratio of totals) |\n| --- | ---: | ---: | ---: |\n${rows.join('\n')}`;
}
