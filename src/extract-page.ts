// Injected on demand (scripting.executeScript) into the tab the reader asked about. Runs in the
// isolated world: reads the live document once (extractArticle clones it) and returns plain JSON.
// It registers one object on the isolated world's globalThis so later calls reuse it (R23).
import { extractArticle } from './lib/extract';
import type { Article, ExtractOptions } from './lib/types';
import { BUILD_ID } from './build-id';

export type PageResult = { ok: Article; extractedAt: number } | { error: string; code: string };

export interface LecternPage {
  build: string;
  extract(opts: Omit<ExtractOptions, 'now'>): PageResult;
}

declare global {
  var __lectern: LecternPage | undefined;
}

// Replace a copy injected by an older build (extension updated while the tab stayed open, R5).
if (globalThis.__lectern?.build !== BUILD_ID) globalThis.__lectern = {
  build: BUILD_ID,
  extract(opts) {
    try {
      if (!(document instanceof HTMLDocument) || !document.body) return { error: 'This page is not an HTML document.', code: 'not-html' };
      return { ok: extractArticle(document, location.href, { ...opts, now: new Date() }), extractedAt: Date.now() };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return { error: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : 'parse-failed' };
    }
  },
};
