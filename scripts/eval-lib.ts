// Helpers for scripts/eval.ts: decoding saved pages, the two extractors, and the metrics.
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';

/** BOM, else valid UTF-8, else <meta charset>, else windows-1252 (corpus README). */
export function decode(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch { /* not UTF-8: look for a declared charset */ }
  const head = new TextDecoder('latin1').decode(buf.subarray(0, 4096));
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(head);
  if (m?.[1]) {
    try {
      return new TextDecoder(m[1].toLowerCase()).decode(buf);
    } catch { /* unknown label */ }
  }
  return new TextDecoder('windows-1252').decode(buf);
}

const quiet = new VirtualConsole();

/** Parses, runs fn, and closes the window (jsdom windows otherwise pile up to gigabytes). */
export function withDoc<T>(html: string, url: string, fn: (doc: Document) => T): T {
  const safeUrl = /^https?:\/\//.test(url) ? url : 'https://example.org/' + encodeURIComponent(url);
  const dom = new JSDOM(html, { url: safeUrl, virtualConsole: quiet });
  try {
    return fn(dom.window.document);
  } finally {
    dom.window.close();
  }
}

export function readFile(path: string): string {
  return decode(new Uint8Array(readFileSync(path)));
}

export function plainReadability(doc: Document): string {
  try {
    return new Readability(doc).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/** Plain Readability's own metadata (title, byline, publishedTime), for the metadata columns. */
export function plainReadabilityMeta(doc: Document): { title?: string; byline?: string; published?: string } {
  try {
    const r = new Readability(doc).parse();
    return { title: r?.title ?? undefined, byline: r?.byline ?? undefined, published: r?.publishedTime ?? undefined };
  } catch {
    return {};
  }
}

export interface LecternRun {
  text: string;
  removed: { rule: string; text: string }[];
  /** The real pipeline's verdict and citation metadata (absent in the fallback). */
  isNewsArticle?: boolean;
  metadata?: { title?: string; authors: { name: string; kind: string; given?: string; family?: string }[]; published?: string; modified?: string };
}
export type LecternFn = (doc: Document, url: string) => LecternRun;

/** The real pipeline when src/lib/extract exports extractArticle; else clean + Readability + clean. */
export async function loadLectern(): Promise<{ fn: LecternFn; name: string }> {
  try {
    const mod = (await import('../src/lib/extract')) as {
      extractArticle?: (doc: Document, url: string) => LecternRun;
    };
    const extract = mod.extractArticle;
    if (typeof extract === 'function') {
      return {
        name: 'extractArticle',
        fn: (doc, url) => {
          try {
            return extract(doc, url);
          } catch {
            return { text: '', removed: [] };
          }
        },
      };
    }
  } catch { /* pipeline not there yet */ }
  const { cleanArticle, cleanDocument } = await import('../src/lib/clean');
  return {
    name: 'fallback (cleanDocument + Readability + cleanArticle)',
    fn: (doc) => {
      const removed = cleanDocument(doc);
      const res = new Readability<Element>(doc, { keepClasses: true, serializer: (n) => n as Element }).parse();
      if (!res?.content) return { text: '', removed };
      removed.push(...cleanArticle(res.content));
      return { text: res.content.textContent ?? '', removed };
    },
  };
}

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Seed comparison: straight quotes, no-break spaces as spaces, collapsed whitespace. */
export const seedNorm = (s: string): string =>
  squash(s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"').replace(/\u00a0|\u202f/g, ' '));

export interface Counts { tp: number; fn: number; fp: number; tn: number }

export function scores(c: Counts): { P: number; R: number; F1: number; acc: number } {
  const P = c.tp / Math.max(1, c.tp + c.fp);
  const R = c.tp / Math.max(1, c.tp + c.fn);
  return { P, R, F1: (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn), acc: (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn) };
}

/** Share of the expected text's word tokens (multiset) found in the output. */
export function tokenRecall(expected: string, output: string): number {
  const tok = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const have = new Map<string, number>();
  for (const t of tok(output)) have.set(t, (have.get(t) ?? 0) + 1);
  const exp = tok(expected);
  if (exp.length === 0) return 1;
  let hit = 0;
  for (const t of exp) {
    const n = have.get(t) ?? 0;
    if (n > 0) { hit++; have.set(t, n - 1); }
  }
  return hit / exp.length;
}
