// `lectern extract --batch list.jsonl`: streams one JSON line per page as each finishes, spreading
// pages over all cores with worker threads. A page that kills its worker (stack overflow, OOM)
// yields an error line; the worker is replaced and the run goes on.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { BatchAnswer, BatchJob } from './batch-worker';

export async function readJobs(listPath: string): Promise<{ jobs: BatchJob[]; bad: string[] }> {
  const jobs: BatchJob[] = [];
  const bad: string[] = [];
  const rl = createInterface({ input: createReadStream(listPath), crlfDelay: Infinity });
  for await (const raw of rl) {
    const text = raw.trim();
    if (!text) continue;
    try {
      const v = JSON.parse(text) as { file?: unknown; url?: unknown };
      if (typeof v.file !== 'string') throw new Error('no "file"');
      jobs.push({ id: jobs.length, file: v.file, ...(typeof v.url === 'string' ? { url: v.url } : {}) });
    } catch (error) {
      bad.push(JSON.stringify({ file: null, error: `bad list line ${JSON.stringify(text.slice(0, 80))}: ${(error as Error).message}` }));
    }
  }
  return { jobs, bad };
}

/** Seconds one page may take before its worker is stopped and the page reported as timed out. */
export const DEFAULT_PAGE_TIMEOUT_S = 120;

export async function runBatch(listPath: string, out: NodeJS.WritableStream, progress: NodeJS.WriteStream, timeoutS = DEFAULT_PAGE_TIMEOUT_S): Promise<number> {
  const { jobs, bad } = await readJobs(listPath);
  for (const line of bad) out.write(line + '\n');
  const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'batch-worker.js');
  const size = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const queue = [...jobs];
  let done = 0;
  let failed = bad.length;
  const showProgress = progress.isTTY === true;
  const tick = (): void => {
    if (!showProgress) return;
    const width = 30;
    const filled = Math.round((done / Math.max(1, jobs.length)) * width);
    progress.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${jobs.length}${failed ? ` (${failed} failed)` : ''}`);
  };

  await new Promise<void>((resolveAll) => {
    let live = 0;
    const start = (): void => {
      const job = queue.shift();
      if (!job) {
        if (live === 0) resolveAll();
        return;
      }
      live++;
      const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 2048, stackSizeMb: 8 } });
      let current: BatchJob | undefined = job;
      let timer: NodeJS.Timeout | undefined;
      // A pathological page (a 10,000-deep tree, a 50 MB table) can keep a worker busy for minutes;
      // past the limit the worker is stopped, the page reported, and a fresh worker takes over.
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (!current) return;
          failed++;
          finish(JSON.stringify({ file: current.file, error: `timed out after ${timeoutS} s` }));
          current = undefined;
          void worker.terminate();
        }, timeoutS * 1000);
      };
      const finish = (line: string): void => {
        out.write(line + '\n');
        done++;
        tick();
      };
      const next = (): void => {
        current = queue.shift();
        if (current) {
          worker.postMessage(current);
        } else {
          clearTimeout(timer);
          void worker.terminate();
        }
      };
      worker.on('message', (answer: BatchAnswer) => {
        if ('started' in answer) return arm();
        if (answer.failed) failed++;
        finish(answer.line);
        next();
      });
      worker.on('error', (error) => {
        if (current) {
          failed++;
          finish(JSON.stringify({ file: current.file, error: `worker crashed: ${error.message}` }));
          current = undefined;
        }
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        live--;
        if (current) {
          failed++;
          finish(JSON.stringify({ file: current.file, error: 'worker exited unexpectedly' }));
        }
        start(); // replace the worker if work is left, or resolve when all are idle
      });
      worker.postMessage(job);
    };
    if (jobs.length === 0) resolveAll();
    for (let i = 0; i < size; i++) start();
  });
  if (showProgress) progress.write('\n');
  return failed;
}
