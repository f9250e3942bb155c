// The UI in the reader's language: with Chromium in French, the options page, the popup and the
// in-page reader speak French, name their language in <html lang>, and format dates in French.
// (Debian's Firefox ESR ships without language packs, so its UI stays English: Chromium only.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, serveFixtures, type FixtureServer, type Lectern, waitInPage } from './harness';
import { warmUp } from './flows';

let server: FixtureServer;
let lectern: Lectern;
beforeAll(async () => {
  server = await serveFixtures();
  lectern = await launch('chromium', { chromiumArgs: ['--lang=fr'] });
  await warmUp(lectern);
});
afterAll(async () => {
  await lectern?.close();
  await server?.close();
});

/** With LECTERN_SCREENSHOTS=1, the French popup goes to docs/screenshots/ (README). */
const SHOTS = process.env.LECTERN_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : null;

describe('chromium in French', () => {
  it.runIf(SHOTS !== null)('saves a screenshot of the popup in French', async () => {
    mkdirSync(SHOTS!, { recursive: true });
    const page = await lectern.open(server.url('/article.html'));
    const popup = await lectern.browser.newPage();
    await popup.setViewport({ width: 560, height: 600 });
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await popup.goto(`${lectern.origin}/popup.html?tabId=${await lectern.tabId(page)}`, { waitUntil: 'domcontentloaded' });
    await popup.waitForSelector('[data-testid="copy-citation"]:not([disabled])');
    await waitInPage(popup, () => (document.querySelector('[data-testid="citation"]')?.textContent ?? '').includes('mars'));
    await popup.screenshot({ path: join(SHOTS!, 'popup-fr.png') });
    await Promise.all([popup.close(), page.close()]);
  });

  it('options: every rule named and described in French, no raw ids, <html lang="fr">', async () => {
    const options = await lectern.openExtensionPage('options.html', 'html[data-state="ready"]');
    const page = await options.evaluate(() => ({
      lang: document.documentElement.lang,
      rules: [...document.querySelectorAll('label.check')].filter((l) => l.querySelector('input[name="disabledRules"]'))
        .map((l) => ({ id: (l.querySelector('input') as HTMLInputElement).value, name: l.querySelector('strong')?.textContent ?? '', desc: l.querySelector('.muted')?.textContent ?? '' })),
    }));
    expect(page.lang).toMatch(/^fr\b/);
    expect(page.rules.length).toBeGreaterThan(10);
    for (const rule of page.rules) {
      expect(rule.name, rule.id).not.toBe(rule.id);
      expect(rule.desc, rule.id).not.toMatch(/\b(?:the|and|boxes|buttons)\b/);
    }
    expect(page.rules.find((r) => r.id === 'donation-appeal')?.desc).toContain('dons');
    await options.close();
  });

  it('popup and reader: <html lang="fr">, and the date in the header is French', async () => {
    const page = await lectern.open(server.url('/article.html'));
    const popup = await lectern.openExtensionPage(`popup.html?tabId=${await lectern.tabId(page)}`, 'html[data-state="ready"]');
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr\b/);
    // A field with no source says so in a sentence of its own, not "d’après introuvable".
    const hints = await popup.$$eval('.prov', (els) => els.map((e) => e.textContent ?? ''));
    expect(hints.some((h) => h.startsWith('d’après '))).toBe(true);
    expect(hints.filter((h) => /introuvable/i.test(h))).toEqual(hints.filter((h) => h === 'Introuvable — saisissez-le'));
    expect(hints.join(' ')).not.toMatch(/d’après introuvable/i);
    await popup.click('[data-testid="toggle-reader"]');
    await popup.waitForSelector('[data-testid="toggle-reader"][aria-pressed="true"]:not([disabled])');
    const meta = await page.waitForFunction(() => document.querySelector('lectern-reader')?.shadowRoot?.querySelector('header .meta')?.textContent || false, { timeout: 10_000 });
    const text = String(await meta.jsonValue());
    expect(text).toMatch(/Publié le 14 mars 2025/);
    expect(text).not.toMatch(/March/);
    await popup.close();
    await page.close();
  });

  it('popup: the citation follows the UI language, with the fr-FR locale read from the package (issue 18)', async () => {
    const page = await lectern.open(server.url('/article.html'));
    const popup = await lectern.openExtensionPage(`popup.html?tabId=${await lectern.tabId(page)}`, 'html[data-state="ready"]');
    await waitInPage(popup, () => (document.querySelector('[data-testid="citation"]')?.textContent ?? '').includes('mars'));
    const text = await popup.$eval('[data-testid="citation"]', (e) => e.textContent ?? '');
    expect(text).toContain('(2025, mars 14)');
    expect(text).not.toMatch(/March/);
    await popup.close();
    await page.close();
  });
});
