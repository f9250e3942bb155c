// The house stands: both browsers load the built extension, the detector lights the badge on an
// article and not on a home page, and the popup (as a tab and, in Chromium, the real toolbar
// popup) shows the extracted article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BROWSERS, FIXTURES, ROOT, launch, serveFixtures, until, type FixtureServer, type Lectern } from './harness';

/** `lectern extract` on the same file and URL: its verdict and whether it found an article. */
function cliVerdict(path: string, url: string): { isNewsArticle: boolean; readerable: boolean } {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'bin/lectern.js'), 'extract', join(FIXTURES, path), '--url', url], { encoding: 'utf8' });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? ''); // exit 3: no article, JSON still printed
  }
  const j = JSON.parse(out) as { isNewsArticle: boolean; readerable: boolean };
  return { isNewsArticle: j.isNewsArticle, readerable: j.readerable };
}

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

describe.each(BROWSERS)('%s', (name) => {
  let lectern: Lectern;
  beforeAll(async () => {
    lectern = await launch(name);
  });
  afterAll(async () => lectern?.close());

  it('lights the badge on a news article and not on a home page', async () => {
    const article = await lectern.open(server.url('/article.html'));
    const home = await lectern.open(server.url('/home.html'));
    const [articleTab, homeTab] = [await lectern.tabId(article), await lectern.tabId(home)];
    const badge = (tabId: number): Promise<string> => lectern.extEval((api, id: number) => api.action.getBadgeText({ tabId: id }), tabId);
    expect(await until(() => badge(articleTab), 10_000, 'badge')).not.toBe('');
    // The home page reported too (its detection is stored), and its badge stayed empty.
    await until(() => lectern.extEval((api, id: number) => api.storage.session.get(`tab:${id}`).then((v: Record<string, unknown>) => Object.keys(v).length > 0), homeTab), 10_000, 'home detection');
    expect(await badge(homeTab)).toBe('');
    await Promise.all([article.close(), home.close()]);
  });

  it('badge, popup and CLI reach the same verdict: the popup\'s reading corrects the detector\'s guess (issue 18)', async () => {
    const badge = (tabId: number): Promise<string> => lectern.extEval((api, id: number) => api.action.getBadgeText({ tabId: id }), tabId);
    const stored = (tabId: number): Promise<boolean> => lectern.extEval((api, id: number) => api.storage.session.get(`tab:${id}`).then((v: Record<string, unknown>) => Object.keys(v).length > 0), tabId);
    // An old table layout: no <p>, so the detector's isProbablyReaderable says no; Readability reads it.
    for (const [path, expected] of [['/news/2016/12/09/mill-closing.html', true], ['/home.html', false], ['/article.html', true]] as const) {
      const page = await lectern.open(server.url(path));
      const tabId = await lectern.tabId(page);
      await until(() => stored(tabId), 10_000, `detection of ${path}`);
      const popup = await lectern.openExtensionPage(`popup.html?tabId=${tabId}`, 'html[data-state="ready"], html[data-state="no-article"]');
      const state = await popup.$eval('html', (h) => h.dataset.state);
      const cli = cliVerdict(path.slice(1), server.url(path));
      expect([state === 'ready', cli.readerable, cli.isNewsArticle], path).toEqual([expected, expected, expected]);
      await until(async () => (await badge(tabId) !== '') === expected, 10_000, `badge of ${path} = ${expected}`);
      await Promise.all([page.close(), popup.close()]);
    }
  });

  it('shows the extracted article in popup.html?tabId=N', async () => {
    const article = await lectern.open(server.url('/article.html'));
    const popup = await lectern.openExtensionPage(`popup.html?tabId=${await lectern.tabId(article)}`, 'html[data-state="ready"]');
    expect(await popup.$eval('[data-testid="title"]', (e) => e.textContent)).toBe('Harbour town votes to restore its tidal mill');
    const text = await popup.$eval('[data-testid="article"]', (e) => e.textContent ?? '');
    expect(text).toContain('Councillors in Saltmarsh Quay voted');
    expect(text).toContain('swallows that lives in the eaves');
    await Promise.all([article.close(), popup.close()]);
  });

  it.runIf(name === 'chromium')('opens the real toolbar popup with action.openPopup()', async () => {
    const article = await lectern.open(server.url('/article.html'));
    await article.bringToFront();
    const worker = await lectern.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(lectern.origin));
    const sw = await worker.worker();
    await sw?.evaluate(() => (globalThis as any).chrome.action.openPopup());
    const target = await lectern.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 15_000 });
    const popup = await target.asPage();
    await popup.waitForSelector('html[data-state="ready"]', { timeout: 20_000 });
    expect(await popup.$eval('[data-testid="title"]', (e) => e.textContent)).toContain('tidal mill');
    await article.close();
  });
});
