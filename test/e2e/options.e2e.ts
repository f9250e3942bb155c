// The options page in both browsers: inputs named after settings keys, auto-saved, and read by the
// popup (default style, rules switched off, per-site selectors) and the background (auto reader).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, serveFixtures, until, type FixtureServer, type Lectern, waitInPage } from './harness';
import { warmUp } from './flows';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

describe.each(BROWSERS)('%s', (name) => {
  let lectern: Lectern;
  let options: Page;
  const stored = (key: string): Promise<unknown> => lectern.extEval(async (api, k: string) => (await api.storage.local.get(k))[k], key);
  const popupFor = async (page: Page): Promise<Page> => lectern.openExtensionPage(`popup.html?tabId=${await lectern.tabId(page)}`, 'html[data-state="ready"]');
  async function typeInto(selector: string, text: string): Promise<void> {
    await options.bringToFront();
    await options.click(selector);
    await options.evaluate((s) => { (document.querySelector(s) as HTMLTextAreaElement).select(); }, selector);
    await options.keyboard.press('Backspace');
    await options.type(selector, text);
  }

  beforeAll(async () => {
    lectern = await launch(name);
    await warmUp(lectern);
    options = await lectern.openExtensionPage('options.html', 'html[data-state="ready"]');
  });
  afterAll(async () => {
    await lectern?.extEval((api) => api.storage.local.clear());
    await lectern?.close();
  });

  it('saves the default citation style and the popup uses it', async () => {
    expect(await options.$eval('select[name="citationStyle"]', (e) => (e as HTMLSelectElement).value)).toBe('apa');
    await options.select('select[name="citationStyle"]', 'ieee');
    await until(async () => (await stored('citationStyle')) === 'ieee', 5000, 'citationStyle saved');
    const article = await lectern.open(server.url('/article.html'));
    const popup = await popupFor(article);
    await popup.waitForSelector('[data-testid="citation-style"]:not([disabled])');
    expect(await popup.$eval('[data-testid="citation-style"]', (e) => (e as HTMLSelectElement).value)).toBe('ieee');
    await Promise.all([article.close(), popup.close()]);
  });

  it('switches a cleaning rule off', async () => {
    await options.bringToFront();
    // The fixture's appeal is in the outlet's own voice: outlet-promo (asked last) would take it too.
    const off = async (): Promise<string[]> => ((await stored('disabledRules')) as string[] | undefined ?? []).slice().sort();
    await options.click('input[name="disabledRules"][value="donation-appeal"]');
    await options.click('input[name="disabledRules"][value="outlet-promo"]');
    await until(async () => JSON.stringify(await off()) === '["donation-appeal","outlet-promo"]', 5000, 'rules off');
    const article = await lectern.open(server.url('/article.html'));
    const popup = await popupFor(article);
    expect(await popup.$eval('[data-testid="removed"]', (e) => e.textContent)).not.toContain('funded by readers');
    await options.bringToFront();
    await options.click('input[name="disabledRules"][value="donation-appeal"]');
    await options.click('input[name="disabledRules"][value="outlet-promo"]');
    await until(async () => JSON.stringify(await off()) === '[]', 5000, 'rules on');
    await Promise.all([article.close(), popup.close()]);
  });

  it('validates per-site selectors and applies the valid ones', async () => {
    await typeInto('textarea[name="siteSelectors"]', '127.0.0.1 .article-body > p:nth-child(6)\nexample.com p:::bad');
    await waitInPage(options, () => document.querySelectorAll('#selector-errors li').length === 1);
    expect(await options.$eval('#selector-errors', (e) => e.textContent)).toContain('p:::bad');
    await until(async () => JSON.stringify(await stored('siteSelectors')) === JSON.stringify({ '127.0.0.1': ['.article-body > p:nth-child(6)'] }), 5000, 'selectors saved');
    const article = await lectern.open(server.url('/article.html'));
    const popup = await popupFor(article);
    expect(await popup.$eval('[data-testid="article"]', (e) => e.textContent)).not.toContain('swallows');
    expect(await popup.$eval('[data-testid="removed"]', (e) => e.textContent)).toContain('swallows');
    await typeInto('textarea[name="siteSelectors"]', ' ');
    await until(async () => JSON.stringify(await stored('siteSelectors')) === '{}', 5000, 'selectors cleared');
    await Promise.all([article.close(), popup.close()]);
  });

  it('opens reader mode by itself on articles from a chosen site', async () => {
    await typeInto('textarea[name="autoReaderHosts"]', 'http://127.0.0.1/');
    await until(async () => JSON.stringify(await stored('autoReaderHosts')) === '["127.0.0.1"]', 5000, 'hosts saved');
    const page = await lectern.open(server.url('/reader-form.html'));
    await until(() => page.evaluate(() => document.querySelectorAll('lectern-reader').length === 1), 10_000, 'auto reader');
    await typeInto('textarea[name="autoReaderHosts"]', ' ');
    await until(async () => JSON.stringify(await stored('autoReaderHosts')) === '[]', 5000, 'hosts cleared');
    await page.close();
  });
});
