// The Chromium half of `npm run bench`: sample pages served on 127.0.0.1 (decoded like the CLI,
// re-sent as UTF-8), page scripts off and every other host blocked, the bench bundle evaluated in
// an isolated world (as the extension's scripts are), timings taken inside the page.
import { createServer } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import puppeteer, { type CDPSession, type Page } from 'puppeteer-core';
import type { Metadata } from '../../src/lib/types';
import type { CiteTimes, Timed } from './page-entry';
import type { SamplePage } from './sample';
import { median, stageMedians } from './stats';

export const CHROMIUM = '/usr/bin/chromium';
/** BENCH_PROFILE=1: unminified bundle, and a CPU profile of the warm runs → .cache/prof/chromium-<page>.cpuprofile (or BENCH_PROF_DIR). */
const PROFILE = process.env.BENCH_PROFILE === '1';
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.cache/bench');
/** BENCH_PROF_DIR: where profiles go (default .cache/prof), so that two profiling runs never mix. */
const PROF_DIR = resolve(ROOT, process.env.BENCH_PROF_DIR ?? '.cache/prof');
/** Each run builds its own bundle file: two runs at once must not read each other's build. */
const BUNDLE = `page-entry-${process.pid}.js`;
// TOOLCHAIN.md / test/e2e/harness.ts flags.
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];

export interface ChromiumPageTiming {
  id: string;
  detectColdMs: number;
  detectWarmMs: number;
  plainColdMs: number;
  lecternColdMs: number;
  plainMs: number;
  lecternMs: number;
  /** Lectern's extraction alone, without the sanitize step (which the extension runs in the popup). */
  extractMs: number;
  /** Median ms per pipeline stage over the warm runs (ExtractOptions.lap), and 'sanitize'. */
  stages: Record<string, number>;
  lecternError?: string;
}

export interface ChromiumRun {
  version: string;
  /** performance.now()'s step in the measured pages, ms. */
  resolutionMs: number;
  pages: ChromiumPageTiming[];
  citations?: CiteTimes;
}

/** Production-like build (minified IIFE, same target as the extension) of page-entry.ts. */
async function buildBundle(): Promise<string> {
  await build({
    logLevel: 'warn',
    configFile: false,
    root: ROOT,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: OUT,
      emptyOutDir: false,
      target: ['chrome120'],
      minify: !PROFILE, // readable names in a profile
      lib: { entry: join(ROOT, 'scripts/bench/page-entry.ts'), formats: ['iife'], name: 'lectern_bench', fileName: () => BUNDLE },
    },
  });
  try {
    return await readFile(join(OUT, BUNDLE), 'utf8');
  } finally {
    await rm(join(OUT, BUNDLE), { force: true });
  }
}

export interface SampleServer { origin: string; close(): Promise<void> }

/** Serves each sample page at /p/<id>.html, decoded like the CLI and re-sent as UTF-8. */
export async function serveSample(sample: readonly SamplePage[]): Promise<SampleServer> {
  const byId = new Map(sample.map((p) => [p.id, p]));
  const server = createServer((req, res) => {
    const id = /^\/p\/(\w+)\.html$/.exec(req.url ?? '')?.[1];
    const page = id ? byId.get(id) : undefined;
    if (!page) return void res.writeHead(404).end();
    // Cross-origin isolated: performance.now() then ticks in 5 µs steps instead of 100 µs, which on
    // the sample's smallest pages (plain Readability ≈ 0.3 ms) was a third of what was measured.
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    }).end(page.html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  return {
    origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

interface World { cdp: CDPSession; contextId: number }

async function inject(page: Page, bundle: string): Promise<World> {
  const cdp = await page.createCDPSession();
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'lectern-bench' });
  const res = await cdp.send('Runtime.evaluate', { expression: bundle, contextId: executionContextId });
  if (res.exceptionDetails) throw new Error(`bench bundle failed: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
  return { cdp, contextId: executionContextId };
}

async function call<T>(w: World, expression: string): Promise<T> {
  const res = await w.cdp.send('Runtime.evaluate', { expression, contextId: w.contextId, returnByValue: true });
  if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
  return res.result.value as T;
}

export interface ChromiumOptions { reps: number; log?: (line: string) => void }

export async function runChromium(sample: readonly SamplePage[], opts: ChromiumOptions): Promise<ChromiumRun> {
  const bundle = await buildBundle();
  const server = await serveSample(sample);
  const origin = server.origin;
  const profile = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, pipe: true, headless: true, userDataDir: profile, args: ARGS });
  try {
    const version = await browser.version();
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false); // saved pages' own scripts would only add noise
    await page.setRequestInterception(true);
    page.on('request', (r) => void (r.url().startsWith(origin) ? r.continue() : r.abort()).catch(() => undefined));
    const pages: ChromiumPageTiming[] = [];
    const metadata: Metadata[] = [];
    let resolutionMs = NaN;
    for (const [i, p] of sample.entries()) {
      await page.goto(`${origin}/p/${p.id}.html`, { waitUntil: 'load', timeout: 60_000 });
      const w = await inject(page, bundle);
      if (PROFILE) {
        await w.cdp.send('Profiler.enable');
        await w.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await w.cdp.send('Profiler.start');
      }
      if (i === 0) resolutionMs = await call<number>(w, '__bench.resolution()');
      const url = JSON.stringify(p.url);
      const detect = await call<Timed>(w, `__bench.detect(${url})`);
      const detectWarmMs = await call<number>(w, `__bench.detectWarm(${url}, 20)`);
      const plain: Timed[] = [];
      const lectern: Timed[] = [];
      // Rep 0 is the first run in this page (what a reader's click costs); reps 1..n are warm.
      for (let r = 0; r <= opts.reps; r++) {
        if ((i + r) % 2 === 0) {
          plain.push(await call<Timed>(w, '__bench.plain()'));
          lectern.push(await call<Timed>(w, `__bench.extract(${url})`));
        } else {
          lectern.push(await call<Timed>(w, `__bench.extract(${url})`));
          plain.push(await call<Timed>(w, '__bench.plain()'));
        }
      }
      const meta = await call<Metadata | undefined>(w, '__bench.metadata()');
      if (meta) metadata.push(meta);
      if (PROFILE) {
        const { profile } = await w.cdp.send('Profiler.stop');
        mkdirSync(PROF_DIR, { recursive: true });
        writeFileSync(join(PROF_DIR, `chromium-${p.id}.cpuprofile`), JSON.stringify(profile));
      }
      await w.cdp.detach();
      const error = lectern.find((l) => l.error)?.error;
      const t: ChromiumPageTiming = {
        id: p.id, detectColdMs: detect.ms, detectWarmMs,
        plainColdMs: (plain[0] as Timed).ms, lecternColdMs: (lectern[0] as Timed).ms,
        plainMs: median(plain.slice(1).map((x) => x.ms)), lecternMs: median(lectern.slice(1).map((x) => x.ms)),
        extractMs: median(lectern.slice(1).map((x) => x.extractMs ?? x.ms)),
        stages: stageMedians(lectern.slice(1)),
        ...(error ? { lecternError: error } : {}),
      };
      pages.push(t);
      opts.log?.(`${p.id}: detect ${t.detectColdMs.toFixed(2)} ms, plain ${t.plainMs.toFixed(1)} ms, lectern ${t.lecternMs.toFixed(1)} ms (${(t.lecternMs / t.plainMs).toFixed(2)}×)${error ? ` [${error}]` : ''}`);
    }
    let citations: CiteTimes | undefined;
    if (metadata.length) {
      await page.goto(`${origin}/p/${sample[0]?.id}.html`, { waitUntil: 'load' });
      const w = await inject(page, bundle);
      citations = await call<CiteTimes>(w, `__bench.cite(${JSON.stringify(metadata)})`);
      await w.cdp.detach();
    }
    return { version, resolutionMs, pages, citations };
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
