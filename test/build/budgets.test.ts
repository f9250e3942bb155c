// @vitest-environment node
// Size budgets of the BUILT extension (issue 7). The detector content script runs on every page a
// person opens, so it stays tiny and carries no extraction code; Readability, DOMPurify and
// citeproc are only in scripts injected on demand or in the popup's own assets.
// Reads dist/ (run `npm run build` first); skips with a message when dist/chrome is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LOCALE, SHIPPED_LOCALES } from '../../src/lib/citation/locales';

const DIST = resolve(import.meta.dirname, '../../dist');
const LOCALE_SOURCE = resolve(import.meta.dirname, '../../src/lib/citation/styles/locales');
const CONTENT_GZIP_BUDGET = 12 * 1024;
// Issue 18: the popup's code (entry + every chunk it can load) and the context-menu script carried
// all 37 CSL locales (popup 209 KB gzip, cite-page.js 199 KB). With en-US only: about 152 and 143 KB.
const POPUP_GZIP_BUDGET = 165 * 1024;
const CITE_PAGE_GZIP_BUDGET = 155 * 1024;

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

/** Ids of the CSL locale files whose XML is in `code`: their root element, quotes escaped or not. */
function cslLocalesIn(code: string): string[] {
  const root = /<locale xmlns=\\?"http:\/\/purl\.org\/net\/xbiblio\/csl\\?" version=\\?"1\.0\\?" xml:lang=\\?"([\w-]+)/g;
  return [...code.matchAll(root)].map((m) => m[1] as string).sort();
}

/** An extension page's JS: its module scripts and every chunk they import, statically or not. */
function pageScripts(dir: string, html: string): string[] {
  const seen = new Set<string>();
  const queue = [...readFileSync(join(dir, html), 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => posix.normalize(m[1] as string));
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) queue.push(posix.join(dirname(file), m[1] as string));
  }
  return [...seen];
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

      it(`keeps the CSL locales but en-US out of the popup's code, ≤ ${POPUP_GZIP_BUDGET / 1024} KB gzip in all (issue 18)`, () => {
        const files = pageScripts(dir, 'popup.html');
        const code = files.map(read).join('\n');
        expect(carries(code, 'citeproc'), 'the popup can load citeproc').toBe(true);
        expect(cslLocalesIn(code)).toEqual([BUILT_IN_LOCALE]);
        const size = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
        expect(size, `popup JS (${files.join(', ')}) is ${size} bytes gzip`).toBeLessThanOrEqual(POPUP_GZIP_BUDGET);
      });

      it(`keeps the CSL locales but en-US out of cite-page.js, ≤ ${CITE_PAGE_GZIP_BUDGET / 1024} KB gzip (issue 18)`, () => {
        const code = read('cite-page.js');
        expect(carries(code, 'citeproc')).toBe(true);
        expect(cslLocalesIn(code)).toEqual([BUILT_IN_LOCALE]);
        const size = gzipSync(readFileSync(join(dir, 'cite-page.js')), { level: 9 }).length;
        expect(size, `cite-page.js is ${size} bytes gzip`).toBeLessThanOrEqual(CITE_PAGE_GZIP_BUDGET);
      });

      it('keeps citeproc and the CSL locales out of the options page and the background script', () => {
        for (const file of [...pageScripts(dir, 'options.html'), ...background]) {
          const code = read(file);
          expect(carries(code, 'citeproc'), `${file} carries citeproc`).toBe(false);
          expect(cslLocalesIn(code), file).toEqual([]);
        }
      });

      it('ships every other CSL locale as its own file, as vendored (csl-locales/locales-<id>.xml)', () => {
        const wanted = SHIPPED_LOCALES.filter((id) => id !== BUILT_IN_LOCALE).map((id) => `locales-${id}.xml`).sort();
        expect(wanted.length).toBeGreaterThan(30);
        expect(readdirSync(join(dir, 'csl-locales')).sort()).toEqual(wanted);
        for (const file of wanted) {
          const xml = readFileSync(join(dir, 'csl-locales', file), 'utf8');
          expect(xml, file).toBe(readFileSync(join(LOCALE_SOURCE, file), 'utf8'));
          expect(cslLocalesIn(xml), file).toEqual([file.replace(/^locales-|\.xml$/g, '')]);
        }
      });

      it('ships Readability in extract-page.js, injected on demand and never declared as a content script', () => {
        expect(carries(read('extract-page.js'), 'readability')).toBe(true);
        expect(contentScripts).not.toContain('extract-page.js');
      });
    });
  }
});
