// Slow and unfinished pages (SECURITY.md G4, R14), in both browsers. G4: a 30,000-paragraph page
// is only read when asked; while it works the popup shows a progress bar and, after a second,
// "still working"; past its deadline it says so with a Retry instead of spinning forever; the page
// is left untouched. R14: a page still streaming is read once DOMContentLoaded fires (within a
// limit); a page that stalls, or a skeleton whose paragraphs arrive on scroll, gives a short result
// with a hint and a Retry that reads it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, serveFixtures, until, type FixtureServer, type Lectern } from './harness';
import { LATE_MARKER, longArticle, streamedArticle } from './slow-pages';

interface LivePopup { page: Page; errors: string[] }

/** Open popup.html for a tab without waiting for it to settle (we watch it while it works). */
async function startPopup(lectern: Lectern, tabId: number, extra = ''): Promise<LivePopup> {
  const page = await lectern.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  // moz-extension navigations never report completion in Firefox (harness.openExtensionPage).
  void page.goto(`${lectern.origin}/popup.html?tabId=${tabId}${extra}`).catch(() => undefined);
  await waitFor(page, 'html[data-state]', 20_000);
  return { page, errors };
}

/**
 * waitForSelector by polling, tolerating errors: Firefox's BiDi can fail a wait that races a
 * moz-extension navigation ("right-hand side of 'in' should be an object"), as the popup's own
 * Retry navigates.
 */
async function waitFor(p: Page, selector: string, timeout: number): Promise<string> {
  const found = (): Promise<{ text: string } | false> => p.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el ? { text: el.textContent ?? '' } : false;
  }, selector).catch(() => false);
  return ((await until(found, timeout, selector)) as { text: string }).text;
}

const state = (p: Page): Promise<string> => p.$eval('html', (h) => h.dataset.state ?? '');
const settled = (p: Page, timeout = 30_000): Promise<unknown> => waitFor(p, 'html[data-state]:not([data-state="loading"])', timeout);
const articleText = (p: Page): Promise<string> => p.$eval('[data-testid="article"]', (e) => e.textContent ?? '');

/** The tab showing url (puppeteer's page.url() lags behind a navigation still streaming in Firefox). */
const tabFor = (lectern: Lectern, url: string): Promise<number> =>
  until(() => lectern.extEval(async (api, u: string) => (await api.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id as number | undefined, url), 10_000, `tab for ${url}`) as Promise<number>;

/** Click Retry and wait for the popup document it reopens to settle. */
async function retry(p: Page, timeout = 30_000): Promise<void> {
  await p.$eval('[data-testid="retry"]', (b) => (b as HTMLButtonElement).click());
  await until(() => p.evaluate(() => new URLSearchParams(location.search).get('attempt') === '2').catch(() => false), 10_000, 'popup reopened');
  await settled(p, timeout);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures({
    routes: { '/gen/long.html': longArticle(), '/gen/stream.html': streamedArticle(2_000), '/gen/stalled.html': streamedArticle(3_500) },
  });
});
afterAll(async () => server?.close());

describe.each(BROWSERS)('%s: slow and unfinished pages', (name) => {
  let lectern: Lectern;
  beforeAll(async () => {
    lectern = await launch(name);
    await lectern.extEval(() => true);
  });
  afterAll(async () => lectern?.close());

  it('30,000 paragraphs: progress, "still working" after 1 s, a timeout with Retry, page untouched; Retry reads it (G4)', async () => {
    const page = await lectern.open(server.url('/gen/long.html'));
    const tabId = await lectern.tabId(page);
    const pageState = (): Promise<{ count: number; mutations: number }> =>
      page.evaluate(() => ({ count: document.getElementsByTagName('*').length, mutations: (globalThis as unknown as { __mutationLog: string[] }).__mutationLog.length }));
    const before = await pageState();
    expect(before.count).toBeGreaterThan(30_000);

    // The first attempt gets a deadline far shorter than this page needs (the default is 20 s), and
    // says "still working" after 100 ms instead of 1 s (how long extraction takes is not ours to bet on).
    const popup = await startPopup(lectern, tabId, '&timeout=250&slow=100');
    await waitFor(popup.page, 'html[data-state="loading"] #status:not([hidden]) progress', 5_000);
    expect(await waitFor(popup.page, 'html[data-state="loading"] #status', 1_000)).toMatch(/Reading the article/);
    await settled(popup.page, 10_000);
    expect(await state(popup.page)).toBe('error');
    const problem = await popup.page.$eval('#problem', (b) => ({ id: (b as HTMLElement).dataset.problem, text: b.textContent ?? '' }));
    expect(problem.id).toBe('timeout');
    expect(problem.text).toMatch(/taking too long/);
    expect(await popup.page.$eval('#status', (s) => (s as HTMLElement).hidden)).toBe(true);
    // Before it gave up, the status had admitted it was still working (kept, hidden, on the element).
    expect(await popup.page.$eval('#status', (s) => ({ slow: (s as HTMLElement).dataset.slow, text: s.textContent ?? '' })))
      .toEqual({ slow: 'true', text: expect.stringMatching(/Still working/) });

    // Retry: the default deadline and delays (test shortcuts dropped); the whole article arrives.
    await popup.page.$eval('#problem [data-testid="retry"]', (b) => (b as HTMLButtonElement).click());
    await until(() => popup.page.evaluate(() => new URLSearchParams(location.search).get('attempt') === '2' && !location.search.includes('slow=')).catch(() => false), 10_000, 'retry opened');
    await settled(popup.page, 45_000);
    expect(await popup.page.$eval('#problem', (b) => (b as HTMLElement).dataset.problem ?? 'none')).toBe('none');
    expect(await state(popup.page)).toBe('ready');
    expect(await articleText(popup.page)).toContain('Reading 30000:');
    expect(popup.errors).toEqual([]);
    expect(await pageState()).toEqual(before);
    await Promise.all([popup.page.close(), page.close()]);
  });

  it('a page still streaming: the popup waits for DOMContentLoaded and reads the whole article (R14)', async () => {
    const page = await lectern.browser.newPage();
    void page.goto(server.url('/gen/stream.html'), { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    await until(() => page.evaluate(() => document.readyState === 'loading' && !!document.querySelector('h1')).catch(() => false), 10_000, 'page half-loaded');
    const tabId = await tabFor(lectern, server.url('/gen/stream.html'));
    const popup = await startPopup(lectern, tabId);
    // While the page is still arriving the status says what the popup waits for.
    await waitFor(popup.page, '#status[data-step="waiting"]', 5_000);
    await settled(popup.page);
    expect(await state(popup.page)).toBe('ready');
    expect(await articleText(popup.page)).toContain(LATE_MARKER);
    expect(await popup.page.$('#short-hint')).toBeNull();
    expect(popup.errors).toEqual([]);
    await Promise.all([popup.page.close(), page.close()]);
  });

  it('a page that stalls past the wait: a short result with a hint and Retry; Retry reads the rest (R14)', async () => {
    const page = await lectern.browser.newPage();
    const loaded = page.goto(server.url('/gen/stalled.html'), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    await until(() => page.evaluate(() => document.readyState === 'loading' && !!document.querySelector('h1')).catch(() => false), 10_000, 'page half-loaded');
    const tabId = await tabFor(lectern, server.url('/gen/stalled.html'));
    // Waits at most 0.7 s (instead of 4) for DOMContentLoaded; the page needs 3.5 s.
    const popup = await startPopup(lectern, tabId, '&domwait=700');
    await settled(popup.page, 15_000);
    // What it read is what had arrived: two paragraphs. It says the page may be unfinished.
    expect(['ready', 'no-article', 'error']).toContain(await state(popup.page));
    expect(await popup.page.$eval('main', (m) => m.textContent ?? '')).not.toContain(LATE_MARKER);
    const hint = await popup.page.$eval('main', (m) => Array.from(m.querySelectorAll('#short-hint, #problem:not([hidden])'), (e) => e.textContent ?? '').join(' '));
    expect(hint).toMatch(/still loading/i);
    expect(await popup.page.$('[data-testid="retry"]')).not.toBeNull();
    await loaded;
    await retry(popup.page);
    expect(await state(popup.page)).toBe('ready');
    expect(await articleText(popup.page)).toContain(LATE_MARKER);
    expect(popup.errors).toEqual([]);
    await Promise.all([popup.page.close(), page.close()]);
  });

  it('a skeleton page whose paragraphs arrive on scroll: hint and Retry, then the article (R14)', async () => {
    const page = await lectern.open(server.url('/skeleton.html'));
    const tabId = await lectern.tabId(page);
    const popup = await startPopup(lectern, tabId);
    await settled(popup.page);
    expect(await popup.page.$eval('main', (m) => m.textContent ?? '')).not.toContain('Gull Point and into the shipping lane');
    expect(await popup.page.$('[data-testid="retry"]')).not.toBeNull();
    // Scroll events follow animation frames, which a background tab does not get.
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 600));
    await until(() => page.evaluate(() => document.querySelectorAll('.article-body p').length === 8), 5_000, 'story filled in');
    await retry(popup.page);
    expect(await state(popup.page)).toBe('ready');
    expect(await articleText(popup.page)).toContain('Gull Point and into the shipping lane');
    expect(popup.errors).toEqual([]);
    await Promise.all([popup.page.close(), page.close()]);
  });
});
