// Tabs across their life (SECURITY.md R24, R26, R5), one browser per engine, loading a copy of
// dist/ from a temp dir so that the last test can update it.
//
// R24, back/forward cache: reader open → navigate away → back. The page restored from the cache
// (pageshow.persisted) comes back with the reader still open and working, never half there (a page
// really unloaded closes the reader on pagehide first). The badge is right again: browsers reset a
// tab's badge on navigation, and the restored page's content script announces itself again on
// pageshow.
//
// R26, private windows. Neither browser lets an extension into private windows unless the user
// allows it, and Lectern asks for nothing more: there it must be absent, not broken. Chromium:
// puppeteer's createBrowserContext() is an off-the-record (incognito) profile. Firefox: a profile in
// permanent private browsing mode (browser.privatebrowsing.autostart). Granting the permission
// (chrome://extensions "Allow in Incognito", about:addons "Run in Private Windows") is a browser-UI
// action automation cannot reach; that half stays manual (docs/security-catalogue.md).
//
// R5, the extension updated while a tab holds its old scripts: the test rewrites the copy's build
// id and installs it again over the running one (CDP Extensions.loadUnpacked in Chromium, a
// temporary add-on reinstall in Firefox), which is what an update does: same id, new code, old
// isolated worlds left in open tabs. Chromium keeps the old world running, invalidated; Firefox
// destroys the old sandbox, leaving its DOM (a dead reader overlay, page scroll locked) behind.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, ROOT, launch, serveFixtures, until, type FixtureServer, type Lectern } from './harness';
import { openPopup, popupProblem, toggleReader } from '../security/e2e-helpers';

const BUILD_RE = /\d+\.\d+\.\d+\+[a-z0-9]+/;

/** Give every script of the copy a new build id (a stand-in for the next release's code). */
function rewriteBuild(dir: string): string {
  const extractPage = readFileSync(join(dir, 'extract-page.js'), 'utf8');
  const old = BUILD_RE.exec(extractPage)?.[0];
  if (!old) throw new Error('no build id in extract-page.js');
  const next = `${old}u${Date.now().toString(36)}`;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (text.includes(old)) writeFileSync(path, text.replaceAll(old, next));
  }
  return next;
}

const view = (page: Page): Promise<{ hosts: number; article: boolean; html: string | null; body: string | null; shows: boolean[] }> =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('lectern-reader');
    return {
      hosts: hosts.length,
      article: !!hosts[0]?.shadowRoot?.querySelector('[data-testid="reader-article"]'),
      html: document.documentElement.getAttribute('style'),
      body: document.body.getAttribute('style'),
      shows: (globalThis as unknown as { __shows: boolean[] }).__shows,
    };
  });

const untouched = (page: Page): Promise<{ hosts: number; html: string | null; body: string | null }> =>
  page.evaluate(() => ({
    hosts: document.querySelectorAll('lectern-reader, lectern-copy').length,
    html: document.documentElement.getAttribute('style'),
    body: document.body.getAttribute('style'),
  }));

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

describe.each(BROWSERS)('%s: tab lifecycle', (name) => {
  let lectern: Lectern;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `lectern-tabs-${name}-`));
    cpSync(join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox'), dir, { recursive: true });
    lectern = await launch(name, { extensionDir: dir });
    await lectern.extEval(() => true);
  });
  afterAll(async () => {
    await lectern?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('R24: reader open → away → back (restored from bfcache): the overlay is whole and working, the badge is right', async () => {
    const url = server.url('/bfcache.html');
    const page = await lectern.open(url);
    const tabId = await lectern.tabId(page);
    const badge = (): Promise<string> => lectern.extEval((api, id: number) => api.action.getBadgeText({ tabId: id }), tabId);
    await until(async () => (await badge()) !== '', 10_000, 'badge on the article');
    const before = await view(page);

    const popup = await openPopup(lectern, tabId);
    await toggleReader(popup.page, true, page);
    await popup.page.close();
    await page.bringToFront();

    await page.goto(server.url('/home.html'), { waitUntil: 'load' });
    await until(async () => (await badge()) === '', 10_000, 'no badge on the home page');
    // A restore fires no load event: do not wait for one (Firefox's BiDi would wait forever).
    void page.goBack({ timeout: 15_000 }).catch(() => undefined);
    await until(() => page.evaluate(() => location.pathname === '/bfcache.html' && document.readyState === 'complete' && (globalThis as unknown as { __shows: boolean[] }).__shows.length > 0).catch(() => false), 15_000, 'back on the article');
    const back = await view(page);
    // Both browsers keep such a page in their back/forward cache (headless, under automation too).
    expect(back.shows.at(-1)).toBe(true);

    await until(async () => (await badge()) !== '', 10_000, 'badge after coming back');
    // Still open, whole, and still working: the popup sees it; Escape (a trusted key press) closes it
    // and the page is as it was before the reader opened.
    expect(back).toMatchObject({ hosts: 1, article: true });
    expect(back.html).toContain('overflow');
    const check = await openPopup(lectern, tabId);
    await check.page.waitForSelector('[data-testid="toggle-reader"][aria-pressed="true"]', { timeout: 10_000 });
    await check.page.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await until(async () => (await view(page)).hosts === 0, 5_000, 'reader closed by Escape');
    const after = await view(page);
    expect({ ...after, shows: [] }).toEqual({ ...before, shows: [] });
    await page.close();
  });

  it('R26: a popup asked about a tab it cannot reach (closed, or in a private window) says so in words', async () => {
    const page = await lectern.open(server.url('/article.html?gone'));
    const tabId = await lectern.tabId(page);
    await page.close();
    const popup = await openPopup(lectern, tabId);
    expect(popup.state).toBe('error');
    const problem = await popupProblem(popup.page);
    expect(problem).toMatchObject({ problem: 'gone', visible: true });
    expect(problem.text).toMatch(/private window/);
    expect(popup.errors).toEqual([]);
    await popup.page.close();
  });

  it.runIf(name === 'chromium')('R26: an incognito context: no content script, no tab, no extension page; the page untouched', async () => {
    // Control: in the normal profile the detector reports within moments.
    const normal = await lectern.open(server.url('/article.html?normal'));
    const normalTab = await lectern.tabId(normal);
    const detected = (url: string): Promise<boolean> =>
      lectern.extEval(async (api, u: string) => Object.values(await api.storage.session.get(null)).some((v) => (v as { url?: string }).url === u), url);
    await until(() => detected(normal.url()), 10_000, 'detection in the normal profile');
    expect(await lectern.extEval((api, id: number) => api.action.getBadgeText({ tabId: id }), normalTab)).not.toBe('');

    const context = await lectern.browser.createBrowserContext();
    try {
      const url = server.url('/article.html?incognito');
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 1_000)); // longer than the control needed
      expect(await detected(url)).toBe(false);
      const seen = await lectern.extEval(async (api) => ({
        allowed: await api.extension.isAllowedIncognitoAccess(),
        tabs: (await api.tabs.query({})).map((t: { url?: string; incognito: boolean }) => `${t.incognito}:${t.url ?? ''}`),
      }));
      expect(seen.allowed).toBe(false);
      expect(seen.tabs.some((t: string) => t.startsWith('true:') || t.endsWith('incognito'))).toBe(false);
      expect(await untouched(page)).toEqual({ hosts: 0, html: null, body: null });

      // Lectern's own pages are refused in that profile: no popup can run there half-working.
      const ext = await context.newPage();
      const refused = await ext.goto(`${lectern.origin}/popup.html`).then(
        () => ext.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id !== 'string'),
        (error: unknown) => /ERR_BLOCKED_BY_CLIENT/.test(String(error)),
      );
      expect(refused).toBe(true);
    } finally {
      await context.close();
      await normal.close();
    }
  });

  // Last: it replaces the extension under the other tests' feet.
  it('R5: extension updated under an open tab: the old overlay goes and the page is restored by itself, old scripts stay silent, the new popup re-injects and reads', async () => {
    const page = await lectern.open(server.url('/article.html?update'));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror ${String((e as Error).message ?? e)}`));
    page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console ${m.text()}`); });
    const tabId = await lectern.tabId(page);
    const badge = (): Promise<string> => lectern.extEval((api, id: number) => api.action.getBadgeText({ tabId: id }), tabId);
    await until(async () => (await badge()) !== '', 10_000, 'badge on the article');
    const before = await view(page);
    const scrollable = (): Promise<{ html: string; body: string; moved: boolean }> =>
      page.evaluate(() => {
        window.scrollTo(0, 0);
        window.scrollBy(0, 120);
        const moved = window.scrollY > 0;
        window.scrollTo(0, 0);
        return { html: getComputedStyle(document.documentElement).overflow, body: getComputedStyle(document.body).overflow, moved };
      });
    const free = await scrollable();

    // The old version reads the page (its extract-page.js stays in the tab) and opens the reader.
    const oldPopup = await openPopup(lectern, tabId);
    expect(oldPopup.state).toBe('ready');
    await toggleReader(oldPopup.page, true, page);
    await oldPopup.page.close();
    const locked = await view(page);
    expect(locked.html).toContain('overflow');
    expect(await scrollable()).toMatchObject({ html: 'hidden', body: 'hidden' });

    const build = rewriteBuild(dir);
    await lectern.browser.installExtension(dir);
    // The update closes the old version's pages; wait until the new one answers.
    await until(() => lectern.extEval(() => true).catch(() => false), 20_000, 'updated extension');

    // Nobody touches Lectern: the new background (runtime.onInstalled, reason "update") removes the
    // old overlay, dead in Firefox, invalidated in Chromium, and the page is as it was before the
    // reader opened: same inline styles, scrolling again.
    await until(async () => (await view(page)).hosts === 0, 15_000, 'old overlay removed after the update');
    expect(await view(page)).toEqual(before);
    expect(await scrollable()).toEqual(free);
    // Chromium's old world saw its host go (its observer closed it) without a word in the page.
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).toEqual([]);
    // No badge left over from the old version: it shows exactly what the new one knows of the tab.
    // Chromium resets the action and does not re-run content scripts in open tabs (no badge, no
    // record); Firefox re-injects content.js, whose detection sets both again.
    const known = (): Promise<boolean> => lectern.extEval(async (api, id: number) => `tab:${id}` in (await api.storage.session.get(`tab:${id}`)), tabId);
    if (name === 'chromium') expect({ known: await known(), badge: await badge() }).toEqual({ known: false, badge: '' });
    else await until(async () => (await known()) && (await badge()) === '✓', 10_000, 'the new content script’s detection and badge');

    // The new version's popup: re-injects its own extract-page.js and reads the article.
    const popup = await openPopup(lectern, tabId);
    expect(popup.state).toBe('ready');
    expect(await popup.page.$eval('[data-testid="article"]', (e) => e.textContent ?? '')).toContain('Saltmarsh Quay');
    expect(popup.errors).toEqual([]);
    const injected = await lectern.extEval(async (api, id: number) => {
      const [frame] = await api.scripting.executeScript({ target: { tabId: id }, func: () => globalThis.__lectern?.build ?? null });
      return frame?.result as string | null;
    }, tabId);
    expect(injected).toBe(build);

    // The reader shows as closed (nothing left to close); the new version's reader opens and closes normally.
    await popup.page.waitForSelector('[data-testid="toggle-reader"][aria-pressed="false"]:not([disabled])', { timeout: 10_000 });
    await toggleReader(popup.page, true, page);
    await toggleReader(popup.page, false, page);
    expect(await view(page)).toEqual(before);
    expect(errors).toEqual([]);
    await Promise.all([popup.page.close(), page.close()]);
  });
});

describe('firefox: a private-browsing-only profile (R26)', () => {
  let lectern: Lectern;
  beforeAll(async () => {
    lectern = await launch('firefox', { firefoxPrefs: { 'browser.privatebrowsing.autostart': true } });
  });
  afterAll(async () => lectern?.close());

  it('Lectern is not let in: its pages get no extension API, the page stays untouched', async () => {
    const page = await lectern.open(server.url('/article.html?private'));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await untouched(page)).toEqual({ hosts: 0, html: null, body: null });
    // The extension's own page opens, but Firefox withholds every extension API from it until the
    // user allows private windows: no popup, no injection, nothing half-working.
    const ext = await lectern.browser.newPage();
    void ext.goto(`${lectern.origin}/options.html`).catch(() => undefined);
    const api = await until(() => ext.evaluate(() => (location.protocol === 'moz-extension:' && document.readyState === 'complete' ? `${typeof (globalThis as { browser?: unknown }).browser}` : '')).catch(() => ''), 15_000, 'options page');
    expect(api).toBe('undefined');
    await Promise.all([ext.close(), page.close()]);
  });
});
