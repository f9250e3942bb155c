// One slice of the eval's page runs, in a child process (scripts/eval.ts --jobs=N spawns these):
// argv = corpus kind, start, end, output file. Writes one JSON line per page.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import { loadLectern, plainReadability, plainReadabilityMeta, readFile, withDoc } from './eval-lib';
import type { LecternRun } from './eval-lib';

export interface PageJob {
  key: string; path: string; url: string; expectedPath?: string;
  /** Also record both extractors' metadata (the metadata scores). */
  meta?: boolean;
}
export interface PageResult {
  key: string; plain: string; lectern: string; rules: string[]; ms: number; expected?: string;
  meta?: { lectern: LecternRun['metadata']; isNewsArticle?: boolean; plain: ReturnType<typeof plainReadabilityMeta> };
}

const [jobsFile, cacheFile, outFile] = process.argv.slice(2);
if (!jobsFile || !cacheFile || !outFile) throw new Error('usage: eval-worker jobs.json cache.json out.jsonl');
const jobs = JSON.parse(readFileSync(jobsFile, 'utf8')) as PageJob[];
const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string> : {};
const { fn: lectern } = await loadLectern();
const lines: string[] = [];
for (const job of jobs) {
  if (!existsSync(job.path)) continue;
  const html = readFile(job.path);
  const plain = cache[job.key] ?? withDoc(html, job.url, plainReadability);
  const t0 = performance.now();
  const run = withDoc(html, job.url, (d) => lectern(d, job.url));
  const ms = performance.now() - t0;
  const res: PageResult = { key: job.key, plain, lectern: run.text, rules: run.removed.map((r) => r.rule), ms };
  if (job.meta) {
    res.meta = { lectern: run.metadata, isNewsArticle: run.isNewsArticle, plain: withDoc(html, job.url, plainReadabilityMeta) };
  }
  if (job.expectedPath) res.expected = withDoc(readFile(job.expectedPath), job.url, (d) => d.body?.textContent ?? '');
  lines.push(JSON.stringify(res));
}
writeFileSync(outFile, lines.join('\n'));
