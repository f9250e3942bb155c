// The in-page reader against strict pages and its promise to leave no trace (SECURITY.md H2/R20,
// H3/R21, C6): it mounts under `style-src 'none'` + Trusted Types, causes no CSP violation the page
// could observe (or report home), and toggling it off restores form state, focus, selection, scroll,
// html/body attributes and listeners exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, serveFixtures, type FixtureServer, type Lectern } from './harness';
import { openPopup, toggleReader } from '../security/e2e-helpers';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

/** The page's own view of CSP violations (what a page could send to its report-uri). */
function watchPageViolations(): void {
  const w = globalThis as unknown as { __pageViolations: string[] };
  w.__pageViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__pageViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample.slice(0, 40)} ${e.sourceFile}`);
  });
}
const pageViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...((globalThis as unknown as { __pageViolations?: string[] }).__pageViolations ?? ['watcher missing'])]);

interface Snapshot {
  name: string; comment: string; agree: boolean; stall: string; notes: string;
  focus: string | null; fieldSel: [number | null, number | null]; docSel: string;
  scroll: [number, number]; htmlStyle: string | null; htmlClass: string | null; bodyStyle: string | null; bodyClass: string | null;
  title: string; readers: number;
}

const snapshot = (page: Page): Promise<Snapshot> => page.evaluate((): Snapshot => {
  const q = <T extends Element>(s: string): T => document.querySelector(s) as T;
  const ta = q<HTMLTextAreaElement>('#comment');
  const active = document.activeElement;
  return {
    name: q<HTMLInputElement>('#name').value, comment: ta.value, agree: q<HTMLInputElement>('#agree').checked,
    stall: q<HTMLSelectElement>('#stall').value, notes: q('#notes').textContent ?? '',
    focus: active && active !== document.body ? active.id : null,
    fieldSel: active === ta ? [ta.selectionStart, ta.selectionEnd] : [null, null],
    docSel: active === ta ? '' : String(document.getSelection()),
    scroll: [Math.round(scrollX), Math.round(scrollY)],
    htmlStyle: document.documentElement.getAttribute('style'), htmlClass: document.documentElement.getAttribute('class'),
    bodyStyle: document.body.getAttribute('style'), bodyClass: document.body.getAttribute('class'),
    title: document.title, readers: document.querySelectorAll('lectern-reader').length,
  };
});

describe.each(BROWSERS)('%s', (name) => {
  let lectern: Lectern;
  beforeAll(async () => {
    lectern = await launch(name);
  });
  afterAll(async () => lectern?.close());

  for (const fixture of ['csp-tt.html', 'csp-tt-none.html']) {
    it(`page CSP style-src 'none' + require-trusted-types-for 'script' (${fixture}): reader mounts, unmounts, no page-visible violation (H2, R20, C6)`, async () => {
      const page = await lectern.browser.newPage();
      await page.evaluateOnNewDocument(watchPageViolations);
      await page.goto(server.url(`/hostile/${fixture}`), { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 300));
      const baseline = await pageViolations(page);
      const popup = await openPopup(lectern, await lectern.tabId(page));
      expect(popup.state).toBe('ready');
      await toggleReader(popup.page, true, page);
      const mounted = await page.evaluate(() => {
        const host = document.querySelector('lectern-reader');
        const shadow = host?.shadowRoot;
        const article = shadow?.querySelector('[data-testid="reader-article"]');
        const reader = shadow?.querySelector('.reader');
        return {
          parent: host?.parentElement === document.documentElement,
          text: article?.textContent?.includes('covered market and workshop space') ?? false,
          // The reader's own styles applied although the page forbids every stylesheet.
          styled: reader ? getComputedStyle(reader).position === 'fixed' : false,
        };
      });
      expect(mounted).toEqual({ parent: true, text: true, styled: true });
      await toggleReader(popup.page, false, page);
      expect(await pageViolations(page)).toEqual(baseline);
      await Promise.all([page.close(), popup.page.close()]);
    });
  }

  it('extraction and reader on a page whose CSP forbids inline handlers: no violation the page can observe or report (C6, F6)', async () => {
    const page = await lectern.browser.newPage();
    await page.evaluateOnNewDocument(watchPageViolations);
    await page.goto(server.url('/hostile/csp-handlers.html'), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300));
    const baseline = await pageViolations(page);
    const reports = server.requests.filter((r) => r === '/csp-report').length;
    const seen = async (): Promise<{ violations: string[]; reports: number }> => {
      await new Promise((r) => setTimeout(r, 500));
      return { violations: await pageViolations(page), reports: server.requests.filter((r) => r === '/csp-report').length };
    };
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(popup.state).toBe('ready');
    expect(await seen(), 'after extraction (popup)').toEqual({ violations: baseline, reports });
    await toggleReader(popup.page, true, page);
    await toggleReader(popup.page, false, page);
    expect(await seen(), 'after reader on/off').toEqual({ violations: baseline, reports });
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('platform check behind sanitize.ts returning a clone: a handler parsed in an inert document must not survive into the page', async () => {
    // Chromium (isolated world, page without CSP) keeps the listener of an inline handler parsed by
    // DOMParser even after removeAttribute; a deep clone carries attributes only. The reader relies on
    // the clone (lib/sanitize.ts toFragment) — this pins the behaviour it works around.
    const page = await lectern.open(server.url('/hostile/landing.html'));
    const tabId = await lectern.tabId(page);
    const result = await lectern.extEval(async (api, id: number) => {
      const [frame] = await api.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const fired = (mode: 'removed' | 'cloned'): number => {
            const doc = new DOMParser().parseFromString('<p onmouseover="document.documentElement.dataset.fired = String(Number(document.documentElement.dataset.fired || 0) + 1)">x</p>', 'text/html');
            const p = doc.body.firstElementChild as HTMLElement;
            p.removeAttribute('onmouseover');
            const node = mode === 'cloned' ? (p.cloneNode(true) as HTMLElement) : p;
            document.body.append(node);
            const before = Number(document.documentElement.dataset.fired || 0);
            node.dispatchEvent(new Event('mouseover'));
            node.remove();
            return Number(document.documentElement.dataset.fired || 0) - before;
          };
          return { removed: fired('removed'), cloned: fired('cloned') };
        },
      });
      return frame?.result as { removed: number; cloned: number };
    }, tabId);
    expect(result.cloned).toBe(0);
    // Informational: 1 in Chromium 156 (the reason for the clone), 0 in Firefox ESR 153.
    expect([0, 1]).toContain(result.removed);
    await page.close();
  });

  it('a page that removes unknown nodes ends reader mode cleanly, and a rapid double toggle never leaves two readers (H1, R23)', async () => {
    const page = await lectern.open(server.url('/hostile/restore.html'));
    const tabId = await lectern.tabId(page);
    const popup = await openPopup(lectern, tabId);
    await toggleReader(popup.page, true, page);
    // An SPA re-render: the page drops whatever it does not know under <html>.
    await page.evaluate(() => document.querySelector('lectern-reader')?.remove());
    const after = async (): Promise<unknown> => page.evaluate(() => ({
      readers: document.querySelectorAll('lectern-reader').length,
      htmlStyle: document.documentElement.getAttribute('style'),
      bodyStyle: document.body.getAttribute('style'),
    }));
    const open = (): Promise<boolean> => lectern.extEval(async (api, id: number) => {
      const [f] = await api.scripting.executeScript({ target: { tabId: id }, func: () => (globalThis as unknown as { __lecternReader?: { isOpen(): boolean } }).__lecternReader?.isOpen() ?? false });
      return f?.result === true;
    }, tabId);
    await new Promise((r) => setTimeout(r, 300));
    expect(await open()).toBe(false); // the reader noticed and closed itself…
    expect(await after()).toEqual({ readers: 0, htmlStyle: null, bodyStyle: null }); // …and unlocked the page's scroll
    // Two toggles fired at once from the extension: they are serialised, ending closed, one reader at most.
    await lectern.extEval(async (api, id: number) => {
      await api.scripting.executeScript({ target: { tabId: id }, files: ['reader.js'] });
      await api.scripting.executeScript({ target: { tabId: id }, files: ['reader.js'] }); // double injection
      await Promise.all([1, 2].map(() => api.scripting.executeScript({ target: { tabId: id }, func: () => (globalThis as unknown as { __lecternReader: { toggle(): Promise<boolean> } }).__lecternReader.toggle() })));
    }, tabId);
    expect(await after()).toEqual({ readers: 0, htmlStyle: null, bodyStyle: null });
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('toggle on/off restores inputs, textarea, checkbox, select, contenteditable, focus, selection, scroll, html/body attributes and listeners (H3, R21)', async () => {
    const page = await lectern.open(server.url('/hostile/restore.html'));
    const popup = await openPopup(lectern, await lectern.tabId(page));
    // Real typing and clicking (the page in front), then state the test sets directly.
    await page.bringToFront();
    await page.type('#name', 'Morwenna');
    await page.type('#comment', 'Keep the eastern bay for the archive.');
    await page.click('#agree');
    await page.select('#stall', 'rope');
    await page.evaluate(() => {
      document.querySelector('#notes')!.textContent = 'Edited notes';
      document.documentElement.setAttribute('class', 'theme-dark has-js'); // html: class, no style
      document.body.setAttribute('style', 'background-color: rgb(250, 250, 240);'); // body: style, no class
      const ta = document.querySelector('#comment') as HTMLTextAreaElement;
      ta.focus();
      ta.setSelectionRange(5, 12);
      window.scrollTo(120, 3400);
      const w = globalThis as unknown as { __mutationLog: string[] };
      w.__mutationLog = [];
      new MutationObserver((records) => {
        for (const r of records) w.__mutationLog.push(`${r.type} ${r.target.nodeName} ${r.attributeName ?? [...r.addedNodes, ...r.removedNodes].map((n) => n.nodeName).join(',')}`);
      }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const before = await snapshot(page);
    expect(before.scroll).toEqual([120, 3400]);
    expect(before.focus).toBe('comment');

    await toggleReader(popup.page, true, page);
    await toggleReader(popup.page, false, page);
    expect(await snapshot(page)).toEqual(before);
    // Only our node came and went; html/body style was touched (scroll lock) and put back.
    const log = await page.evaluate(() => (globalThis as unknown as { __mutationLog: string[] }).__mutationLog);
    expect(log.filter((m) => !/^childList HTML LECTERN-READER$|^attributes (HTML|BODY) style$/.test(m))).toEqual([]);

    // A document text selection (no focused field) survives too.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      const quote = document.querySelector('#quote')!.firstChild!;
      const range = document.createRange();
      range.setStart(quote, 6);
      range.setEnd(quote, 25);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const selected = await snapshot(page);
    expect(selected.docSel).toBe('child in Carrow Poi');
    await toggleReader(popup.page, true, page);
    await toggleReader(popup.page, false, page);
    expect(await snapshot(page)).toEqual(selected);

    // The page's click listener still works.
    await page.evaluate(() => (document.querySelector('#clicker') as HTMLButtonElement).click());
    expect(await page.$eval('#counter', (c) => c.textContent)).toBe('1');
    await Promise.all([page.close(), popup.page.close()]);
  });
});
