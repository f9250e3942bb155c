// Reader mode in both browsers: the popup's toggle opens <lectern-reader> (open shadow root, the
// article inside), Esc and the toggle close it, and the page comes back exactly as it was: form
// values, focus and caret, scroll position, html/body attributes, a working click listener, and a
// mutation log that shows only our node. Also under a strict page CSP with Trusted Types (H2).
// With LECTERN_SCREENSHOTS=1, screenshots of the popup and the reader go to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, ROOT, launch, serveFixtures, until, waitInPage, type FixtureServer, type Lectern } from './harness';
import { warmUp } from './flows';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

const SHOTS = process.env.LECTERN_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : null;

/** Everything reader mode must leave as it found it. */
const snapshot = (page: Page): Promise<Record<string, unknown>> => page.evaluate(() => {
  const q = <T extends Element>(s: string): T => document.querySelector(s) as T;
  const name = q<HTMLInputElement>('#name');
  return {
    htmlAttrs: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    bodyAttrs: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
    scroll: [scrollX, scrollY],
    active: document.activeElement?.id ?? null,
    caret: [name.selectionStart, name.selectionEnd],
    values: [name.value, q<HTMLTextAreaElement>('#comment').value, q<HTMLInputElement>('#agree').checked, q<HTMLSelectElement>('#island').value, q('#notes').textContent],
    children: [...document.documentElement.children].map((c) => c.localName),
    title: document.title,
  };
});

const readerState = (page: Page): Promise<{ hosts: number; open: boolean; text: string }> => page.evaluate(() => {
  const hosts = document.documentElement.querySelectorAll(':scope > lectern-reader');
  const root = hosts[0]?.shadowRoot;
  return { hosts: hosts.length, open: !!root, text: root?.querySelector('[data-testid="reader-article"]')?.textContent ?? '' };
});

describe.each(BROWSERS)('%s', (name) => {
  let lectern: Lectern;
  beforeAll(async () => {
    lectern = await launch(name);
    await warmUp(lectern);
  });
  afterAll(async () => lectern?.close());

  async function toggleFromPopup(tabId: number, expected: boolean): Promise<Page> {
    const popup = await lectern.openExtensionPage(`popup.html?tabId=${tabId}`, 'html[data-state="ready"]');
    await popup.click('[data-testid="toggle-reader"]');
    await popup.waitForSelector(`[data-testid="toggle-reader"][aria-pressed="${expected}"]:not([disabled])`);
    return popup;
  }

  it('opens and closes reader mode and leaves the page exactly as it was', async () => {
    const page = await lectern.open(server.url('/reader-form.html'));
    const tabId = await lectern.tabId(page);
    await page.bringToFront(); // input events to a background tab may never be processed (Chromium)
    await page.type('#comment', 'A comment in progress');
    await page.click('#agree');
    await page.select('#island', 'Innis Beag');
    await page.type('#name', 'Róisín Keane');
    await page.evaluate(() => {
      (document.querySelector('#name') as HTMLInputElement).setSelectionRange(2, 5);
      window.scrollTo(0, 1400);
      (window as any).__mutations.length = 0;
    });
    const before = await snapshot(page);
    expect(before.scroll).toEqual([0, 1400]);

    const popup = await toggleFromPopup(tabId, true);
    let state = await readerState(page);
    expect(state).toMatchObject({ hosts: 1, open: true });
    expect(state.text).toContain('Island ferry to run twice daily all winter');
    expect(state.text).toContain('first of the new winter crossings');
    // Esc (a trusted key press in the page) closes it.
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await until(async () => (await readerState(page)).hosts === 0, 5000, 'reader closed by Esc');
    expect(await snapshot(page)).toEqual(before);

    // And the toggle closes it too.
    await popup.close();
    const again = await toggleFromPopup(tabId, true);
    expect((await readerState(page)).hosts).toBe(1);
    await again.click('[data-testid="toggle-reader"]');
    await again.waitForSelector('[data-testid="toggle-reader"][aria-pressed="false"]:not([disabled])');
    state = await readerState(page);
    expect(state.hosts).toBe(0);
    expect(await snapshot(page)).toEqual(before);
    const mutations = await page.evaluate(() => [...new Set((window as any).__mutations as string[])]);
    expect(mutations.every((m) => /^childList:LECTERN-READER$|^attributes:style$/i.test(m))).toBe(true);
    // The page's own click listener still works.
    await page.bringToFront();
    await page.click('#clicker');
    expect(await page.$eval('#counter', (e) => e.textContent)).toBe('1');
    await Promise.all([page.close(), again.close()]);
  });

  it('renders under a strict page CSP with Trusted Types', async () => {
    const page = await lectern.open(server.url('/strict-csp.html'));
    const popup = await toggleFromPopup(await lectern.tabId(page), true);
    const styled = await page.evaluate(() => {
      const root = document.querySelector('lectern-reader')?.shadowRoot;
      const article = root?.querySelector('[data-testid="reader-article"]');
      return article ? getComputedStyle(article).maxWidth !== 'none' && getComputedStyle(root!.querySelector('.reader')!).position === 'fixed' : false;
    });
    expect(styled).toBe(true);
    expect((await readerState(page)).text).toContain('Innis Mór');
    // Toolbar settings apply at once and persist for the next time.
    await page.bringToFront();
    await page.select('lectern-reader >>> .toolbar select', 'sepia');
    expect(await page.evaluate(() => (document.querySelector('lectern-reader')?.shadowRoot?.querySelector('.reader') as HTMLElement).dataset.theme)).toBe('sepia');
    await until(() => lectern.extEval(async (api) => (await api.storage.local.get('theme')).theme === 'sepia'), 5000, 'theme saved');
    await lectern.extEval((api) => api.storage.local.remove('theme'));
    await popup.bringToFront();
    await popup.click('[data-testid="toggle-reader"]');
    await popup.waitForSelector('[data-testid="toggle-reader"][aria-pressed="false"]:not([disabled])');
    expect((await readerState(page)).hosts).toBe(0);
    await Promise.all([page.close(), popup.close()]);
  });

  it.runIf(name === 'chromium' && SHOTS !== null)('saves screenshots of the popup and the reader', async () => {
    mkdirSync(SHOTS!, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await lectern.open(server.url('/article.html'));
      const tabId = await lectern.tabId(page);
      const popup = await lectern.browser.newPage();
      await popup.setViewport({ width: 560, height: 600 });
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await popup.goto(`${lectern.origin}/popup.html?tabId=${tabId}`, { waitUntil: 'domcontentloaded' });
      await popup.waitForSelector('[data-testid="copy-citation"]:not([disabled])');
      await popup.screenshot({ path: join(SHOTS!, `popup-${scheme}.png`) });
      await popup.click('[data-testid="toggle-reader"]');
      await popup.waitForSelector('[data-testid="toggle-reader"][aria-pressed="true"]:not([disabled])');
      await popup.close();
      await page.bringToFront();
      await page.setViewport({ width: 1100, height: 760 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.screenshot({ path: join(SHOTS!, `reader-${scheme}.png`) });
      await page.close();
    }
    // An article with an image the page itself loaded: the reader shows it from the same URL.
    const page = await lectern.open(server.url('/reader-images.html'));
    await page.setViewport({ width: 1100, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await waitInPage(page, () => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    const popup = await toggleFromPopup(await lectern.tabId(page), true);
    await popup.close();
    await page.bringToFront();
    await waitInPage(page, () => {
      const img = document.querySelector('lectern-reader')?.shadowRoot?.querySelector('img');
      return !!img && (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0;
    });
    await page.screenshot({ path: join(SHOTS!, 'reader-images.png') });
    await page.close();
  });
});
