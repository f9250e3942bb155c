// CSL locales load on demand (issue 18): the citation code carries en-US only; the popup reads the
// one locale file a citation needs from the package, and the context-menu script is handed it by the
// worker (platform/menu-copy.ts). A French citation still comes out with French terms and dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, serveFixtures, type FixtureServer, type Lectern, waitInPage } from './harness';
import { warmUp } from './flows';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

const norm = (s: string): string => s.replace(/\s+/g, ' ');
const citation = '[data-testid="citation"]';

describe.each(BROWSERS)('%s', (name) => {
  let lectern: Lectern;
  beforeAll(async () => {
    lectern = await launch(name);
    await warmUp(lectern);
    await lectern.extEval((api) => api.storage.local.set({ citationLocale: 'fr-FR', citationStyle: 'apa' }));
    if (name === 'chromium') {
      await lectern.browser.defaultBrowserContext().overridePermissions(lectern.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    }
  });
  afterAll(async () => lectern?.close());

  // The popup's code holds no fr-FR locale (test/build/budgets.test.ts): these terms come from the file.
  it('popup: French dates and terms in APA, MLA and Harvard', async () => {
    const article = await lectern.open(server.url('/article.html'));
    const popup = await lectern.openExtensionPage(`popup.html?tabId=${await lectern.tabId(article)}`, 'html[data-state="ready"]');
    const shows = (part: string): Promise<unknown> =>
      waitInPage(popup, (sel: string, p: string) => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').includes(p), citation, part);
    const text = async (): Promise<string> => norm(await popup.$eval(citation, (e) => e.textContent ?? ''));

    await shows('(2025, mars 14)');
    expect(await text()).not.toContain('March');
    await popup.waitForSelector('[data-testid="citation-style"]:not([disabled])');
    await popup.select('[data-testid="citation-style"]', 'mla');
    await shows('Ellison, Mara, et Tomasz Wren. « Harbour Town Votes to Restore Its Tidal Mill ».');
    expect(await text()).toContain('14 mars 2025');
    // Cite Them Right: its own en-GB default gives way to the chosen French.
    await popup.select('[data-testid="citation-style"]', 'harvard');
    await shows('Disponible sur');
    expect(await text()).toMatch(/Ellison, M\. et Wren, T\. \(2025\) « Harbour town votes to restore its tidal mill », The Coastal Ledger, 14 mars\./);
    expect(await popup.$eval(citation, (e) => (e as HTMLElement).dataset.error ?? '')).toBe('');
    await Promise.all([article.close(), popup.close()]);
  });

  it('context-menu path: cite-page.js renders French with the locale file handed in, and refuses without it', async () => {
    const article = await lectern.open(server.url('/article.html'));
    const tabId = await lectern.tabId(article);
    await article.bringToFront();
    const result = await lectern.extEval(async (api, id: number) => {
      const target = { tabId: id, frameIds: [0] };
      const fr = await (await fetch(api.runtime.getURL('csl-locales/locales-fr-FR.xml'))).text();
      await api.scripting.executeScript({ target, files: ['cite-page.js'] });
      const cite = async (locales: Record<string, string>): Promise<string> => {
        const [frame] = await api.scripting.executeScript({
          target,
          func: (s: string, l: string, x: Record<string, string>) =>
            (globalThis as any).__lecternCite(s, l, x).then(String, (e: Error) => `error: ${e.message}`),
          args: ['mla', 'fr-FR', locales],
        });
        return String(frame.result);
      };
      return { without: await cite({}), with: await cite({ 'fr-FR': fr }) };
    }, tabId);
    // Never an English citation in place of the French one asked for.
    expect(result.without).toBe('error: CSL locale not loaded: fr-FR');
    console.log(`[${name}] in-page French copy: ${result.with === 'true' ? 'written' : 'refused (the popup window opens instead)'}`);
    expect(['true', 'false']).toContain(result.with);
    if (result.with === 'true') {
      const reader = await lectern.openExtensionPage(`popup.html?tabId=${tabId}`, 'html[data-state="ready"]');
      const copied = norm(await reader.evaluate(() => navigator.clipboard.readText()));
      expect(copied).toContain('Ellison, Mara, et Tomasz Wren. « Harbour Town Votes to Restore Its Tidal Mill ».');
      expect(copied).toContain('14 mars 2025');
      await reader.close();
    }
    await article.close();
  });
});
