// The jsdom (CLI) half of `npm run bench`: per page, detection on the parsed DOM, then plain
// Readability (A) and Lectern's whole extraction + sanitize (B), alternating A/B, same DOM.
import { Readability } from '@mozilla/readability';
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
}

export interface JsdomRun { pages: PageTiming[]; metadata: Metadata[] }

const now = (): number => performance.now();

function timePlain(doc: Document): number {
  const t = now();
  try {
    new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    // Plain Readability failing on a page still cost its time.
  }
  return now() - t;
}

interface LecternTiming { total: number; extract: number; stages: Record<string, number>; error?: string; metadata?: Metadata }

function timeLectern(doc: Document, url: string, win: Window): LecternTiming {
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

export interface JsdomOptions { reps: number; warmupPages: number; log?: (line: string) => void }

export function runJsdom(sample: readonly SamplePage[], opts: JsdomOptions): JsdomRun {
  // Warm-up: JIT the three code paths on a few pages before anything is recorded.
  for (const page of sample.slice(0, opts.warmupPages)) {
    const dom = parseDocument(page.html, page.url);
    isNewsArticle(dom.doc, page.url);
    timePlain(dom.doc);
    timeLectern(dom.doc, page.url, dom.window);
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
    for (let r = 0; r < opts.reps; r++) {
      // Alternate which one goes first, so neither always inherits the other's warm caches / GC debt.
      if ((i + r) % 2 === 0) {
        plain.push(timePlain(dom.doc));
        lectern.push(timeLectern(dom.doc, page.url, dom.window));
      } else {
        lectern.push(timeLectern(dom.doc, page.url, dom.window));
        plain.push(timePlain(dom.doc));
      }
    }
    dom.close();
    const meta = lectern.find((l) => l.metadata)?.metadata;
    if (meta) metadata.push(meta);
    const error = lectern.find((l) => l.error)?.error;
    const timing: PageTiming = {
      id: page.id, bytes: page.bytes, parseMs, detectColdMs, detectWarmMs: median(warm),
      plainMs: median(plain), lecternMs: median(lectern.map((l) => l.total)), extractMs: median(lectern.map((l) => l.extract)),
      stages: stageMedians(lectern),
      ...(error ? { lecternError: error } : {}),
    };
    pages.push(timing);
    opts.log?.(`${page.id} ${page.path} ${(page.bytes / 1024).toFixed(0)} KB: plain ${timing.plainMs.toFixed(1)} ms, lectern ${timing.lecternMs.toFixed(1)} ms (${(timing.lecternMs / timing.plainMs).toFixed(2)}×)${error ? ` [${error}]` : ''}`);
  });
  return { pages, metadata };
}
