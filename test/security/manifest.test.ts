// @vitest-environment node
// The permission set, CSP and packaging decisions of SECURITY.md C.1/C.2 (and F4, C6, R28), checked
// on the source manifest and on both built manifests (dist/ is skipped when not built yet).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** SECURITY.md C.2, verbatim. */
export const EXTENSION_PAGES_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; upgrade-insecure-requests";
const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const WEB = ['http://*/*', 'https://*/*'];

type Manifest = Record<string, any>;
const read = (path: string): Manifest => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Manifest;
const built = (name: string): boolean => existsSync(join(ROOT, 'dist', name, 'manifest.json'));

function csp(m: Manifest): Record<string, string> {
  const map: Record<string, string> = {};
  for (const part of String(m.content_security_policy?.extension_pages ?? '').split(';')) {
    const [directive, ...values] = part.trim().split(/\s+/);
    if (directive) map[directive] = values.join(' ');
  }
  return map;
}

function commonChecks(label: string, m: () => Manifest): void {
  describe(`${label}: permissions and CSP (C.1, C.2)`, () => {
    it('is MV3 and asks for exactly storage, scripting, activeTab, contextMenus — no tabs, nothing optional or broader', () => {
      expect(m().manifest_version).toBe(3);
      expect([...(m().permissions ?? [])].sort()).toEqual(PERMISSIONS);
      expect(m().permissions).not.toContain('tabs');
      expect(m().optional_permissions ?? []).toEqual([]);
      expect(m().optional_host_permissions ?? []).toEqual([]);
    });

    it('host access and the content script cover http/https only, with the detector alone', () => {
      expect([...(m().host_permissions ?? [])].sort()).toEqual(WEB);
      const scripts = m().content_scripts as Array<Record<string, unknown>>;
      expect(scripts).toHaveLength(1);
      expect([...(scripts[0]?.matches as string[])].sort()).toEqual(WEB);
      expect(scripts[0]?.js).toEqual(['content.js']);
      expect(scripts[0]?.all_frames ?? false).toBe(false);
      expect(scripts[0]?.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(scripts[0]?.match_about_blank ?? false).toBe(false);
      expect(scripts[0]?.css ?? []).toEqual([]);
    });

    it('exposes nothing to web pages: no web_accessible_resources (C6)', () => {
      expect(m().web_accessible_resources).toBeUndefined();
    });

    it('extension_pages CSP is the SECURITY.md C.2 string, and each directive says what C.2 decides', () => {
      expect(m().content_security_policy?.extension_pages).toBe(EXTENSION_PAGES_CSP);
      const d = csp(m());
      expect(d['script-src']).toBe("'self'"); // no 'unsafe-eval', no remote script (store rules)
      expect(d['style-src']).toBe("'self'"); // blocks remote styles and inline style attributes
      expect(d['form-action']).toBe("'none'");
      expect(d['frame-src']).toBe("'none'");
      expect(d['base-uri']).toBe("'none'");
      expect(d['object-src']).toBe("'none'");
      expect(d['connect-src']).toBe("'self'");
      expect(m().content_security_policy?.sandbox).toBeUndefined();
    });
  });
}

commonChecks('manifest.json (source)', () => read('manifest.json'));

describe.runIf(built('chrome'))('dist/chrome/manifest.json', () => {
  const m = (): Manifest => read('dist/chrome/manifest.json');
  commonChecks('chrome build', m);
  it('lets no other extension connect: externally_connectable.ids is [] and no matches (F4)', () => {
    expect(m().externally_connectable).toEqual({ ids: [] });
  });
  it('runs the background as a service worker only', () => {
    expect(m().background).toEqual({ service_worker: 'background.js' });
  });
});

describe.runIf(built('firefox'))('dist/firefox/manifest.json', () => {
  const m = (): Manifest => read('dist/firefox/manifest.json');
  commonChecks('firefox build', m);
  it('carries the gecko id, a strict_min_version ≥ 140 and data_collection_permissions none (R28)', () => {
    const gecko = m().browser_specific_settings?.gecko as Manifest;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
  it('runs the background as an event page (no service worker in Firefox MV3)', () => {
    expect(m().background).toEqual({ scripts: ['background.js'] });
  });
});

const HTML_DIRS = ['src', ...['chrome', 'firefox'].filter(built).map((b) => `dist/${b}`)];

describe.each(HTML_DIRS)('%s/*.html', (dir) => {
  const pages = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.html'));
  it('has extension pages to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['popup.html', 'options.html']));
  });
  it.each(pages)('%s: no inline script, inline style, <style>, on* handler, remote resource or <base>', (file) => {
    const html = readFileSync(join(ROOT, dir, file), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/<style[\s>]/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<base[\s>]/i);
    expect(html).not.toMatch(/\s(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).toMatch(/<meta name="referrer" content="no-referrer">/); // C5
  });
});

describe('source: no channel means "fetch this" or "run this" (F1, F3, F4, A.5)', () => {
  const files = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  const extension = files('src').filter((f) => !f.includes(`${join('src', 'cli')}`));
  // The one fetch: CSL locale files from our own package (issue 18), never a URL from elsewhere.
  const OWN_FILES = join(ROOT, 'src/platform/csl-locales.ts');
  it('reads only its own package: the one fetch takes browser.runtime.getURL of a packaged path', () => {
    const code = readFileSync(OWN_FILES, 'utf8');
    const calls = code.match(/\bfetch\s*\([^;]*/g) ?? [];
    expect(calls.length).toBe(1);
    for (const call of calls) expect(call).toMatch(/^fetch\(browser\.runtime\.getURL\(cslLocalePath\(id\)\)\)/);
    expect(code).toMatch(/cslLocalePath = \(id: string\): string => `\$\{CSL_LOCALE_DIR\}\/locales-\$\{id\}\.xml`/);
    expect(code).toMatch(/if \(!LOCALE_ID\.test\(id\)\) throw/);
    expect(code).not.toMatch(/XMLHttpRequest/);
  });
  it.each([
    ['eval / new Function', /\beval\s*\(|new\s+Function\s*\(/],
    ['fetch / XMLHttpRequest (but the package read above)', /\bfetch\s*\(|XMLHttpRequest/],
    ['external messaging', /onMessageExternal|onConnectExternal/],
    ['page-world injection', /world:\s*['"]MAIN['"]|wrappedJSObject|exportFunction|cloneInto/],
    ['window messages as a channel', /addEventListener\(\s*['"]message['"]|\.postMessage\(/],
  ])('extension code has no %s', (what, pattern) => {
    const checked = what.startsWith('fetch') ? extension.filter((f) => f !== OWN_FILES) : extension;
    expect(checked.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});

describe('package: pinned engine, AMO rebuild, current sanitizer (R27, R28, A.4)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
  it('pins Readability to an exact version (its output is not a stable API)', () => {
    expect(pkg.dependencies['@mozilla/readability']).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('keeps DOMPurify past the advisories SECURITY.md A.4 lists (≥ 3.4.17: CVE-2026-41239, CVE-2026-116804)', () => {
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/dompurify/package.json'), 'utf8')) as { version: string };
    const [major = 0, minor = 0, patch = 0] = installed.version.split('.').map((n) => Number.parseInt(n, 10));
    expect(major * 1_000_000 + minor * 1_000 + patch).toBeGreaterThanOrEqual(3_004_017);
  });
  it('offers build-for-amo so AMO can rebuild the bundled source', () => {
    expect(pkg.scripts['build-for-amo']).toMatch(/npm ci/);
  });
});
