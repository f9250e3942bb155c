// `npm run bench -- --cold`: each extractor's FIRST call in a fresh node process (what one `lectern
// <url>` pays: nothing JIT-compiled, no lazy tables built yet), one child process per (extractor,
// page), on every 10th sample page. The module imports and the DOM parse happen before the timer.
// Child mode: `node --import tsx scripts/bench/cold.ts <plain|lectern|defuddle> <page id>` prints JSON.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/cli/dom';
import { timeDefuddle, timeLectern, timePlain } from './jsdom';
import { loadSample, type SamplePage } from './sample';

export const COLD_EXTRACTORS = ['plain', 'lectern', 'defuddle'] as const;
export type ColdExtractor = (typeof COLD_EXTRACTORS)[number];
/** ms of the one timed call; for lectern, `extractMs` is the part before sanitize. */
export interface ColdSample { id: string; extractor: ColdExtractor; ms: number; extractMs?: number; stages?: Record<string, number>; error?: string }

/** Every 10th page of the sample: t00, t10, t20, t30, r00, r10 on the full corpus. */
export const coldPages = (sample: readonly SamplePage[]): SamplePage[] => sample.filter((_, i) => i % 10 === 0);

function child(extractor: ColdExtractor, id: string): ColdSample {
  const page = loadSample()?.find((p) => p.id === id);
  if (!page) throw new Error(`bench cold: no sample page ${id}`);
  const dom = parseDocument(page.html, page.url);
  if (extractor === 'plain') return { id, extractor, ms: timePlain(dom.doc) };
  if (extractor === 'defuddle') return { id, extractor, ...timeDefuddle(dom.doc, page.url) };
  const l = timeLectern(dom.doc, page.url, dom.window);
  return { id, extractor, ms: l.total, extractMs: l.extract, stages: l.stages, ...(l.error ? { error: l.error } : {}) };
}

/** One child process after another (never in parallel: they would share the 2 CPUs). */
export function runCold(pages: readonly SamplePage[], extractors: readonly ColdExtractor[], log?: (line: string) => void): ColdSample[] {
  const out: ColdSample[] = [];
  for (const page of pages) {
    for (const extractor of extractors) {
      const res = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), extractor, page.id], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const line = res.stdout.trim().split('\n').pop() ?? '';
      if (res.status !== 0 || !line.startsWith('{')) throw new Error(`bench cold: ${extractor} ${page.id} failed: ${res.stderr.slice(0, 500)}`);
      const sample = JSON.parse(line) as ColdSample;
      out.push(sample);
      log?.(`cold ${page.id} ${extractor}: ${sample.ms.toFixed(1)} ms`);
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [extractor, id] = process.argv.slice(2) as [ColdExtractor, string];
  console.log(JSON.stringify(child(extractor, id)));
}
