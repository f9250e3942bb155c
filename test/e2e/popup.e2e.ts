// The popup flows in both browsers: states (ready, no-article, restricted, PDF), the editable header
// with provenance, switching and remembering the style, editing the author, restoring a removed
// block, and the time from opening the popup to the article on screen (performance marks).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, ROOT, launch, serveFixtures, type FixtureServer, type Lectern, waitInPage } from './harness';
import { warmUp } from './flows';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

const SEED = join(ROOT, '../shared/fixtures/seed');
const HAS_SEED = existsSync(join(SEED, 'francesoir-boukamal.html'));
const norm = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\u00a0|\u202f/g, ' ').replace(/\s+/g, ' ');
const DONE = 'html:not([data-state="loading"])';
const text = (page: Page, testId: string): Promise<string> => page.$eval(`[data-testid="${testId}"]`, (e) => e.textContent ?? '');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

describe.each(BROWSERS)('%s', (name) => {
  let lectern: Lectern;
  const popupFor = async (page: Page): Promise<Page> => lectern.openExtensionPage(`popup.html?tabId=${await lectern.tabId(page)}`, DONE);
  beforeAll(async () => {
    lectern = await launch(name);
    await warmUp(lectern);
  });
  afterAll(async () => lectern?.close());

  it('shows the article with its header, provenance and a citation', async () => {
    const article = await lectern.open(server.url('/article.html'));
    const popup = await popupFor(article);
    expect(await popup.$eval('html', (e) => e.dataset.state)).toBe('ready');
    expect(await text(popup, 'authors')).toBe('Mara Ellison; Tomasz Wren');
    expect(await text(popup, 'site')).toBe('The Coastal Ledger');
    expect(await text(popup, 'published')).toBe('2025-03-14');
    expect(await popup.$eval('[data-testid="authors"]', (e) => e.getAttribute('title') ?? '')).toMatch(/^from /);
    expect(await popup.$eval('#host', (e) => e.textContent)).toBe('127.0.0.1');
    await waitInPage(popup, () => (document.querySelector('[data-testid="citation"]')?.textContent ?? '').length > 20);
    expect(await text(popup, 'citation')).toContain('Ellison');
    // The cleaner's work is visible and the article itself is free of it.
    expect(await popup.$$eval('[data-testid="removed"] li', (li) => li.length)).toBeGreaterThan(0);
    expect(await text(popup, 'article')).not.toContain('funded by readers like you');
    await Promise.all([article.close(), popup.close()]);
  });

  it('shows a short Japanese story as an article, its appeal and sign-up box stripped, its author a person', async () => {
    const article = await lectern.open(server.url('/clean/ja-merumaga-kifu/source.html'));
    const popup = await popupFor(article);
    expect(await popup.$eval('html', (e) => e.dataset.state)).toBe('ready');
    const body = await text(popup, 'article');
    expect(body).toContain('市議会は月曜日、川沿いの約三キロにわたる遊歩道を整備する計画を承認した。');
    expect(body).toContain('「ご寄付をお願いします」と話している。');
    expect(body).not.toContain('ご支援をお願いします');
    expect(body).not.toContain('メールマガジンのご案内');
    expect(await text(popup, 'authors')).toBe('山田花子');
    await waitInPage(popup, () => (document.querySelector('[data-testid="citation"]')?.textContent ?? '').startsWith('山田花子'));
    await Promise.all([article.close(), popup.close()]);
  });

  it('switches the citation style and remembers it', async () => {
    const article = await lectern.open(server.url('/article.html'));
    const popup = await popupFor(article);
    await popup.waitForSelector('[data-testid="citation-style"]:not([disabled])');
    await popup.select('[data-testid="citation-style"]', 'bibtex');
    await waitInPage(popup, () => document.querySelector('[data-testid="citation"]')?.textContent?.startsWith('@'));
    expect(await text(popup, 'citation')).toMatch(/^@\w+\{/);
    await popup.select('[data-testid="citation-style"]', 'mla');
    await waitInPage(popup, () => !document.querySelector('[data-testid="citation"]')?.textContent?.startsWith('@'));
    const again = await popupFor(article);
    await again.waitForSelector('[data-testid="citation-style"]:not([disabled])');
    expect(await again.$eval('[data-testid="citation-style"]', (e) => (e as HTMLSelectElement).value)).toBe('mla');
    await again.select('[data-testid="citation-style"]', 'apa');
    await Promise.all([article.close(), popup.close(), again.close()]);
  });

  it('edits the author in place and the citation follows', async () => {
    const article = await lectern.open(server.url('/article.html'));
    const popup = await popupFor(article);
    await waitInPage(popup, () => (document.querySelector('[data-testid="citation"]')?.textContent ?? '').includes('Ellison'));
    await popup.click('[data-testid="authors"]');
    await popup.evaluate(() => {
      const el = document.querySelector('[data-testid="authors"]') as HTMLElement;
      getSelection()?.selectAllChildren(el);
    });
    await popup.keyboard.type('Grace Okafor');
    await waitInPage(popup, () => (document.querySelector('[data-testid="citation"]')?.textContent ?? '').includes('Okafor'));
    expect(await text(popup, 'citation')).not.toContain('Ellison');
    expect(await popup.$eval('[data-testid="authors"]', (e) => e.getAttribute('title') ?? '')).not.toBe('');
    await Promise.all([article.close(), popup.close()]);
  });

  it('restores a removed block into the article and remembers it for the session', async () => {
    const article = await lectern.open(server.url('/article.html'));
    const popup = await popupFor(article);
    const rules = await popup.$$eval('[data-testid="removed"] li .rule', (els) => els.map((e) => e.textContent));
    expect(rules.length).toBeGreaterThan(0);
    const index = await popup.$$eval('[data-testid="removed"] li .text', (els) => els.findIndex((e) => (e.textContent ?? '').includes('funded by readers')));
    expect(index).toBeGreaterThanOrEqual(0);
    await popup.evaluate(() => { (document.getElementById('removed-panel') as HTMLDetailsElement).open = true; });
    const buttons = await popup.$$('[data-testid="removed"] li button');
    await buttons[index]?.click();
    await waitInPage(popup, () => (document.querySelector('[data-testid="article"]')?.textContent ?? '').includes('funded by readers'));
    expect(await popup.$$eval('[data-testid="article"] .restored', (e) => e.length)).toBe(1);
    const again = await popupFor(article);
    expect(await text(again, 'article')).toContain('funded by readers');
    await Promise.all([article.close(), popup.close(), again.close()]);
  });

  it('restores a block removed from the middle of the article between the paragraphs it stood between', async () => {
    const article = await lectern.open(server.url('/restore-order.html'));
    const popup = await popupFor(article);
    const index = await popup.$$eval('[data-testid="removed"] li .text', (els) => els.findIndex((e) => (e.textContent ?? '').includes('morning briefing')));
    expect(index).toBeGreaterThanOrEqual(0);
    await popup.evaluate(() => { (document.getElementById('removed-panel') as HTMLDetailsElement).open = true; });
    await (await popup.$$('[data-testid="removed"] li button'))[index]?.click();
    await popup.waitForSelector('[data-testid="article"] .restored');
    const around = await popup.$eval('[data-testid="article"] .restored', (el) => [el.previousElementSibling?.textContent ?? '', el.nextElementSibling?.textContent ?? '']);
    expect(around[0]).toContain('Island councillors said the cut');
    expect(around[1]).toContain('The operator blamed the rising cost');
    await Promise.all([article.close(), popup.close()]);
  });

  it('says "no article" on a home page and still offers a citation', async () => {
    const home = await lectern.open(server.url('/home.html'));
    const popup = await popupFor(home);
    expect(await popup.$eval('html', (e) => e.dataset.state)).toBe('no-article');
    expect(await popup.$eval('#problem', (e) => (e as HTMLElement).hidden)).toBe(false);
    await waitInPage(popup, () => (document.querySelector('[data-testid="citation"]')?.textContent ?? '').length > 10);
    await Promise.all([home.close(), popup.close()]);
  });

  it('explains restricted pages and PDFs', async () => {
    // Tabs whose URL extensions may not see: create them through the API to know their id.
    const newTab = (url: string): Promise<number> => lectern.extEval(async (api, u: string) => (await api.tabs.create({ url: u, active: false })).id as number, url);
    const blankTab = await newTab('about:blank');
    const popup = await lectern.openExtensionPage(`popup.html?tabId=${blankTab}`, DONE);
    expect(await popup.$eval('html', (e) => e.dataset.state)).toBe('error');
    expect(await popup.$eval('#problem', (e) => (e as HTMLElement).dataset.problem)).toBe('restricted');
    expect(await popup.$eval('#problem-title', (e) => e.textContent)).toBe('This page can’t be read');
    const pdfTab = await newTab(server.url('/report.pdf'));
    await new Promise((r) => setTimeout(r, 1000));
    const pdfPopup = await lectern.openExtensionPage(`popup.html?tabId=${pdfTab}`, DONE);
    expect(await pdfPopup.$eval('html', (e) => e.dataset.state)).toBe('error');
    expect(await pdfPopup.$eval('#problem', (e) => (e as HTMLElement).dataset.problem)).toBe('pdf');
    await waitInPage(pdfPopup, () => (document.querySelector('[data-testid="citation"]')?.textContent ?? '').includes('report.pdf'));
    await lectern.extEval((api, ids: number[]) => api.tabs.remove(ids), [blankTab, pdfTab]);
    await Promise.all([popup.close(), pdfPopup.close()]);
  });

  // The seed replica lives outside the repository (its text is France-Soir's): skipped when absent.
  it.runIf(HAS_SEED)('reads the seed replica: clean text, AFP as an organisation, a citation', async () => {
    const expected = JSON.parse(readFileSync(join(SEED, 'francesoir-boukamal.expected.json'), 'utf8'));
    const page = await lectern.open(server.url('/seed/francesoir-boukamal.html'));
    const popup = await popupFor(page);
    expect(await popup.$eval('html', (e) => e.dataset.state)).toBe('ready');
    const body = norm(await text(popup, 'article'));
    for (const keep of expected.mustKeep as string[]) expect(body).toContain(norm(keep));
    for (const drop of expected.mustDrop as string[]) expect(body).not.toContain(norm(drop));
    expect(await text(popup, 'authors')).toBe('AFP');
    expect(await popup.$eval('#author-kinds', (e) => e.textContent)).toContain('organisation');
    expect(await popup.$eval('#author-kinds', (e) => e.textContent)).not.toContain('AFP'); // the name is in the field above
    await waitInPage(popup, () => (document.querySelector('[data-testid="citation"]')?.textContent ?? '').startsWith('AFP.'));
    expect(norm(await text(popup, 'citation'))).toContain('France-Soir');
    expect(await popup.$$eval('[data-testid="removed"] li', (li) => li.length)).toBeGreaterThan(0);
    // The date row is filed under the rule that took it and labelled as what it was (issue 18).
    const dateRow = await popup.$$eval('[data-testid="removed"] li', (li) => li.map((l) => [l.querySelector('.text')?.textContent ?? '', l.querySelector('.rule .kind')?.textContent ?? '']).find(([t]) => t?.startsWith('Publié le')));
    expect(dateRow?.[1]).toBe('byline and date');
    await Promise.all([page.close(), popup.close()]);
  });

  it('shows the article quickly (median of 5 opens)', async () => {
    const article = await lectern.open(server.url('/article.html'));
    const tabId = await lectern.tabId(article);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const popup = await lectern.openExtensionPage(`popup.html?tabId=${tabId}`, 'html[data-state="ready"]');
      times.push(await popup.evaluate(() => performance.getEntriesByName('lectern:article')[0]?.startTime ?? NaN));
      console.log(await popup.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`).join(' | ')));
      await popup.close();
    }
    console.log(`[${name}] popup.html?tabId: article on screen after ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(times).toFixed(0)})`);
    expect(median(times)).toBeLessThan(1000);
    await article.close();
  });

  it.runIf(name === 'chromium')('opens as the real toolbar popup and times it', async () => {
    const article = await lectern.open(server.url('/reader-form.html'));
    const worker = await lectern.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(lectern.origin));
    const sw = await worker.worker();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await article.bringToFront();
      await sw?.evaluate(() => (globalThis as any).chrome.action.openPopup());
      const target = await lectern.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 15_000 });
      const popup = await target.asPage();
      await popup.waitForSelector('html[data-state="ready"]', { timeout: 20_000 });
      times.push(await popup.evaluate(() => performance.getEntriesByName('lectern:article')[0]?.startTime ?? NaN));
      expect(await text(popup, 'title')).toBe('Island ferry to run twice daily all winter');
      await popup.close();
    }
    console.log(`[${name}] toolbar popup: article on screen after ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(times).toFixed(0)})`);
    await article.close();
  });
});
