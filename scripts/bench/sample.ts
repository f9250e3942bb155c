// The FIXED bench sample: every k-th page of each sorted corpus listing, so every run (and every
// machine) measures the same pages. Pages are read from ../shared/corpus and never copied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeHtml } from '../../src/cli/read-page';

export const SHARED_CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');

export interface SamplePage {
  /** Short stable id, e.g. "t03" / "r11". */
  id: string;
  corpus: 'trafilatura' | 'readability';
  /** Path relative to the corpus folder. */
  path: string;
  /** The URL the page claims (used for detection and relative links). */
  url: string;
  html: string;
  bytes: number;
}

export const TRAFILATURA_PAGES = 40;
export const READABILITY_PAGES = 20;

/** Indices 0, k, 2k… of a sorted list, k = floor(length / n), first n of them. */
export function everyKth<T>(sorted: readonly T[], n: number): T[] {
  const k = Math.max(1, Math.floor(sorted.length / n));
  const out: T[] = [];
  for (let i = 0; i < sorted.length && out.length < n; i += k) out.push(sorted[i] as T);
  return out;
}

interface TrafEntry { file: string; path: string; url: string }

function pageUrl(raw: string, file: string): string {
  // Some eval.json urls are labels ("hard::x.html"), not URLs: fall back to the file's host name.
  return /^https?:\/\//.test(raw) ? raw : `https://${file.replace(/\.html?$/, '')}/`;
}

function load(path: string): { html: string; bytes: number } {
  const bytes = new Uint8Array(readFileSync(path));
  return { html: decodeHtml(bytes), bytes: bytes.length };
}

/** null when ../shared/corpus is absent (callers print a message and exit 0). */
export function loadSample(): SamplePage[] | null {
  if (!existsSync(SHARED_CORPUS)) return null;
  const pages: SamplePage[] = [];
  const tdir = join(SHARED_CORPUS, 'trafilatura');
  if (existsSync(join(tdir, 'eval.json'))) {
    const entries = (JSON.parse(readFileSync(join(tdir, 'eval.json'), 'utf8')) as TrafEntry[])
      .filter((e) => existsSync(join(tdir, e.path)))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    everyKth(entries, TRAFILATURA_PAGES).forEach((e, i) => {
      pages.push({ id: `t${String(i).padStart(2, '0')}`, corpus: 'trafilatura', path: e.path, url: pageUrl(e.url, e.file), ...load(join(tdir, e.path)) });
    });
  }
  const rdir = join(SHARED_CORPUS, 'readability/test-pages');
  if (existsSync(rdir)) {
    const slugs = readdirSync(rdir).filter((s) => existsSync(join(rdir, s, 'source.html'))).sort();
    everyKth(slugs, READABILITY_PAGES).forEach((slug, i) => {
      // Readability's own tests parse every page at this URL.
      pages.push({ id: `r${String(i).padStart(2, '0')}`, corpus: 'readability', path: `test-pages/${slug}/source.html`, url: 'http://fakehost/test/page.html', ...load(join(rdir, slug, 'source.html')) });
    });
  }
  return pages;
}
