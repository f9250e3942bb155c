// Worker thread for `extract --batch`: one page at a time, always answers (an error line, never a
// crash), so the pool can keep going through thousands of saved pages.
import { parentPort } from 'node:worker_threads';
import { loadPage } from './read-page';
import { pageResult } from './page-result';

export interface BatchJob { id: number; file: string; url?: string }
/** `started` tells the pool that the page's clock runs (module loading is not the page's time). */
export type BatchAnswer = { id: number; started: true } | { id: number; line: string; failed: boolean };

parentPort?.on('message', (job: BatchJob) => {
  parentPort?.postMessage({ id: job.id, started: true } satisfies BatchAnswer);
  void (async () => {
    let line: string;
    let failed = false;
    try {
      const page = await loadPage(job.file, job.url);
      const result = pageResult({ html: page.html, url: page.url, explicitUrl: job.url !== undefined });
      line = JSON.stringify({ file: job.file, ...result });
    } catch (error) {
      failed = true;
      line = JSON.stringify({ file: job.file, error: error instanceof Error ? error.message : String(error) });
    }
    parentPort?.postMessage({ id: job.id, line, failed } satisfies BatchAnswer);
  })();
});
