// @vitest-environment node
// Size budgets of the BUILT extension (issue 7). The detector content script runs on every page a
// person opens, so it stays tiny and carries no extraction code; Readability, DOMPurify and
// citeproc are only in scripts injected on demand or in the popup's own assets.
// Reads dist/ (run `npm run build` first); skips with a message when dist/chrome is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');
const CONTENT_GZIP_BUDGET = 12 * 1024;

/** Strings that survive minification (property names, option keys), one set per library. */
const MARKERS = {
  readability: ['_grabArticle', '_cleanConditionally'],
  dompurify: ['ALLOWED_TAGS', 'SAFE_FOR_TEMPLATES', 'DOMPurify'],
  citeproc: ['makeBibliography', 'citeproc', 'CSL.Engine'],
} as const;
type Library = keyof typeof MARKERS;

function carries(code: string, lib: Library): boolean {
  return MARKERS[lib].some((m) => code.includes(m));
}

interface Manifest {
  content_scripts?: { js?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
}

const browsers = ['chrome', 'firefox'].filter((b) => existsSync(join(DIST, b, 'manifest.json')));
if (!existsSync(join(DIST, 'chrome', 'manifest.json'))) {
  console.warn(`budgets: ${DIST}/chrome is absent, skipping (run npm run build first).`);
}

describe.skipIf(browsers.length === 0)('built extension budgets', () => {
  for (const browser of browsers) {
    const dir = join(DIST, browser);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
    const contentScripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter((f): f is string => !!f);

    describe(browser, () => {
      it('declares content.js as its only page-wide content script', () => {
        expect(contentScripts).toEqual(['content.js']);
      });

      it(`keeps content.js ≤ ${CONTENT_GZIP_BUDGET / 1024} KB gzip`, () => {
        const size = gzipSync(readFileSync(join(dir, 'content.js')), { level: 9 }).length;
        expect(size, `content.js is ${size} bytes gzip`).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET);
      });

      it('keeps Readability, DOMPurify and citeproc out of every content script', () => {
        for (const file of contentScripts) {
          const code = read(file);
          for (const lib of Object.keys(MARKERS) as Library[]) expect(carries(code, lib), `${file} carries ${lib}`).toBe(false);
        }
      });

      it('keeps extraction code (Readability, DOMPurify) out of the background script', () => {
        expect(background.length).toBeGreaterThan(0);
        for (const file of background) {
          const code = read(file);
          expect(carries(code, 'readability'), `${file} carries Readability`).toBe(false);
          expect(carries(code, 'dompurify'), `${file} carries DOMPurify`).toBe(false);
        }
      });

      it('ships Readability in extract-page.js, injected on demand and never declared as a content script', () => {
        expect(carries(read('extract-page.js'), 'readability')).toBe(true);
        expect(contentScripts).not.toContain('extract-page.js');
      });
    });
  }
});
