// Bench bundle injected into each served page's isolated world (like the extension's scripts, but
// without the extension, so nothing else runs): every timing is taken HERE with performance.now(),
// around the code alone. Built by scripts/bench/chromium.ts into .cache/bench/page-entry.js.
import { Readability } from '@mozilla/readability';
import { isNewsArticle } from '../../src/lib/detect';
import { extractArticle } from '../../src/lib/extract';
import { createArticleSanitizer } from '../../src/lib/sanitize';
import { renderCitation, STYLES } from '../../src/lib/citation';
import { resetEngines } from '../../src/lib/citation/csl-render';
import type { Metadata } from '../../src/lib/types';
import { stageTimer } from './stats';

export interface Timed {
  ms: number;
  error?: string;
  /** extract(): the part before sanitize. */
  extractMs?: number;
  /** extract(): ms per pipeline stage (ExtractOptions.lap), and 'sanitize'. */
  stages?: Record<string, number>;
}
export interface CiteTimes { first: Record<string, number>; warm: number[]; warmCsl: number[] }

let lastMetadata: Metadata | undefined;

function timed(fn: () => void): Timed {
  const t = performance.now();
  try {
    fn();
    return { ms: performance.now() - t };
  } catch (error) {
    const ms = performance.now() - t;
    return { ms, error: (error as { code?: string }).code ?? String(error) };
  }
}

const bench = {
  /** Smallest step performance.now() takes here (100 µs unless the page is cross-origin isolated). */
  resolution(): number {
    let min = Infinity;
    for (let i = 0; i < 20; i++) {
      const a = performance.now();
      let b = performance.now();
      while (b === a) b = performance.now();
      min = Math.min(min, b - a);
    }
    return min;
  },
  /** One detector call, as the content script makes it (the page's claimed URL, not 127.0.0.1's). */
  detect: (url: string): Timed => timed(() => void isNewsArticle(document, url)),
  /** Mean of n calls: a single call is a few timer steps at most. */
  detectWarm(url: string, n: number): number {
    const t = performance.now();
    for (let i = 0; i < n; i++) isNewsArticle(document, url);
    return (performance.now() - t) / n;
  },
  plain: (): Timed => timed(() => void new Readability(document.cloneNode(true) as Document).parse()),
  extract(url: string): Timed {
    let mid = NaN;
    const t = performance.now();
    const { stages, lap } = stageTimer(() => performance.now(), t);
    const res = timed(() => {
      const article = extractArticle(document, url, { lap });
      mid = performance.now();
      lastMetadata = article.metadata;
      // What the popup and the reader do with the article: a sanitized fragment (toHtml is the CLI's).
      createArticleSanitizer(window).toFragment(article.html, { remoteImages: false });
      lap('sanitize');
    });
    return { ...res, extractMs: (Number.isNaN(mid) ? performance.now() : mid) - t, stages };
  },
  metadata: (): Metadata | undefined => lastMetadata,
  cite(metadata: Metadata[]): CiteTimes {
    const first: Record<string, number> = {};
    const warm: number[] = [];
    const warmCsl: number[] = [];
    resetEngines();
    for (const style of STYLES) first[style.id] = timed(() => void renderCitation(metadata[0] as Metadata, style.id)).ms;
    for (const style of STYLES) {
      for (const meta of metadata) {
        const { ms } = timed(() => void renderCitation(meta, style.id));
        warm.push(ms);
        if (style.kind === 'csl') warmCsl.push(ms);
      }
    }
    return { first, warm, warmCsl };
  },
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
