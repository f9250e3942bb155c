// The jsdom (CLI) half of `npm run bench`: per page, detection on the parsed DOM, then plain
// Readability (A) and Lectern's whole extraction + sanitize (B), alternating A/B, same DOM; and the
// peer defuddle (D, issue 18) on its own freshly parsed DOM, the three rotating order.
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { parseDocument } from '../../src/cli/dom';
import { isNewsArticle } from '../../src/lib/detect';
import { extractArticle } from '../../src/lib/extract';
import { createArticleSanitizer } from '../../src/lib/sanitize';
import type { Metadata } from '../../src/lib/types';
import type { SamplePage } from './sample';
import { median, stageMedians, stageTimer } from './stats';

export interface PageTiming {
  id: string;
  bytes: number;
  parseMs: number;
  detectColdMs: number;
  detectWarmMs: number;
  plainMs: number;
  lecternMs: number;
  /** Lectern's extraction alone, without the sanitize step. */
  extractMs: number;
  /** Median ms per pipeline stage (ExtractOptions.lap), and 'sanitize'. */
  stages: Record<string, number>;
  lecternError?: string;
  /** defuddle's parse() on a DOM of its own (absent with --no-defuddle). */
  defuddleMs?: number;
  /** What defuddle logged through console.error (it catches its own errors and returns the body). */
  defuddleError?: string;
}

export interface JsdomRun { pages: PageTiming[]; metadata: Metadata[] }

const now = (): number => performance.now();

export function timePlain(doc: Document): number {
  const t = now();
  try {
    new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    // Plain Readability failing on a page still cost its time.
  }
  return now() - t;
}

export interface DefuddleTiming { ms: number; error?: string }

/**
 * defuddle's synchronous parse() (what `defuddle/node`'s Defuddle() runs after its async site
 * extractors, which may fetch, and before its optional Markdown step). It clones the document itself
 * (its cloneDocument step), as A and B do, so all three rows include one full-document clone. It
 * also edits the document it is given (attribute casing, <noscript> images), hence a DOM of its own.
 */
export function timeDefuddle(doc: Document, url: string): DefuddleTiming {
  const logged: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]): void => void logged.push(args.map(String).join(' '));
  let ms: number;
  try {
    const t = now();
    try {
      new DefuddleClass(doc, { url }).parse();
    } catch (error) {
      logged.push(String(error));
    }
    ms = now() - t;
  } finally {
    console.error = consoleError;
  }
  return { ms, ...(logged.length ? { error: logged[0]?.slice(0, 80) } : {}) };
}

export interface LecternTiming { total: number; extract: number; stages: Record<string, number>; error?: string; metadata?: Metadata }

export function timeLectern(doc: Document, url: string, win: Window): LecternTiming {
  const t = now();
  const { stages, lap } = stageTimer(now, t);
  try {
    const article = extractArticle(doc, url, { lap });
    const mid = now();
    createArticleSanitizer(win).toHtml(article.html, { remoteImages: false });
    lap('sanitize');
    return { total: now() - t, extract: mid - t, stages, metadata: article.metadata };
  } catch (error) {
    const ms = now() - t;
    return { total: ms, extract: ms, stages, error: (error as { code?: string }).code ?? String(error) };
  }
}

export interface JsdomOptions { reps: number; warmupPages: number; defuddle: boolean; log?: (line: string) => void }

export function runJsdom(sample: readonly SamplePage[], opts: JsdomOptions): JsdomRun {
  // Warm-up: JIT the three code paths on a few pages before anything is recorded.
  for (const page of sample.slice(0, opts.warmupPages)) {
    const dom = parseDocument(page.html, page.url);
    isNewsArticle(dom.doc, page.url);
    timePlain(dom.doc);
    timeLectern(dom.doc, page.url, dom.window);
    if (opts.defuddle) {
      const own = parseDocument(page.html, page.url);
      timeDefuddle(own.doc, page.url);
      own.close();
    }
    dom.close();
  }
  const pages: PageTiming[] = [];
  const metadata: Metadata[] = [];
  sample.forEach((page, i) => {
    const t0 = now();
    const dom = parseDocument(page.html, page.url);
    const parseMs = now() - t0;
    const d0 = now();
    isNewsArticle(dom.doc, page.url);
    const detectColdMs = now() - d0;
    const warm: number[] = [];
    for (let k = 0; k < 5; k++) {
      const w = now();
      isNewsArticle(dom.doc, page.url);
      warm.push(now() - w);
    }
    const plain: number[] = [];
    const lectern: LecternTiming[] = [];
    const defuddle: DefuddleTiming[] = [];
    // defuddle's DOMs, one per rep, all parsed before anything on this page is timed.
    const own = opts.defuddle ? Array.from({ length: opts.reps }, () => parseDocument(page.html, page.url)) : [];
    const runA = (): void => void plain.push(timePlain(dom.doc));
    const runB = (): void => void lectern.push(timeLectern(dom.doc, page.url, dom.window));
    const runD = (r: number): void => void defuddle.push(timeDefuddle((own[r] as { doc: Document }).doc, page.url));
    for (let r = 0; r < opts.reps; r++) {
      // Alternate which one goes first, so neither always inherits the other's warm caches / GC debt.
      if (opts.defuddle) {
        // Three rotate: A B D, B D A, D A B.
        const order = [runA, runB, () => runD(r)];
        for (let k = 0; k < 3; k++) (order[((i + r) % 3 + k) % 3] as () => void)();
      } else if ((i + r) % 2 === 0) {
        runA();
        runB();
      } else {
        runB();
        runA();
      }
    }
    for (const o of own) o.close();
    dom.close();
    const meta = lectern.find((l) => l.metadata)?.metadata;
    if (meta) metadata.push(meta);
    const error = lectern.find((l) => l.error)?.error;
    const defuddleError = defuddle.find((d) => d.error)?.error;
    const timing: PageTiming = {
      id: page.id, bytes: page.bytes, parseMs, detectColdMs, detectWarmMs: median(warm),
      plainMs: median(plain), lecternMs: median(lectern.map((l) => l.total)), extractMs: median(lectern.map((l) => l.extract)),
      stages: stageMedians(lectern),
      ...(error ? { lecternError: error } : {}),
      ...(defuddle.length ? { defuddleMs: median(defuddle.map((d) => d.ms)) } : {}),
      ...(defuddleError ? { defuddleError } : {}),
    };
    pages.push(timing);
    opts.log?.(`${page.id} ${page.path} ${(page.bytes / 1024).toFixed(0)} KB: plain ${timing.plainMs.toFixed(1)} ms, lectern ${timing.lecternMs.toFixed(1)} ms (${(timing.lecternMs / timing.plainMs).toFixed(2)}×)${error ? ` [${error}]` : ''}${timing.defuddleMs === undefined ? '' : `, defuddle ${timing.defuddleMs.toFixed(1)} ms (${(timing.defuddleMs / timing.plainMs).toFixed(2)}×)${defuddleError ? ` [${defuddleError}]` : ''}`}`);
  });
  return { pages, metadata };
}
