// The house stands: both browsers load the built extension, the detector lights the badge on an
// article and not on a home page, and the popup (as a tab and, in Chromium, the real toolbar
// popup) shows the extracted article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, serveFixtures, until, type FixtureServer, type Lectern } from './harness';

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
