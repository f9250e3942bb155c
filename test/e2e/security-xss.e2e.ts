// Hostile article markup in real browsers (SECURITY.md B-A, B-B, B-C, D1, H1): nothing Lectern does
// runs page script — not in the page, not in the popup, not in the in-page reader — and the popup
// loads nothing from the network with default settings. Payloads that run hit /beacon/<id> on the
// fixture server and push <id> to window.__pwned; the page fires one beacon of its own at load (the
// positive control), so every test records the page's baseline first and then compares.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { BROWSERS, launch, serveFixtures, until, type FixtureServer, type Lectern } from './harness';
import { auditArticle, fireEvents, novelRequestsSince, openPopup, requestsSince, settle, toggleReader, type Popup } from '../security/e2e-helpers';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

const pwned = (page: Page): Promise<string[]> => page.evaluate(() => [...((globalThis as unknown as { __pwned?: string[] }).__pwned ?? [])]);

async function readerArticle(page: Page): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(() => document.querySelector('lectern-reader')?.shadowRoot?.querySelector('[data-testid="reader-article"]') ?? null);
  return handle.asElement() as ElementHandle<Element> | null;
}

describe.each(BROWSERS)('%s', (name) => {
  let lectern: Lectern;
  beforeAll(async () => {
    lectern = await launch(name);
  });
  afterAll(async () => lectern?.close());

  /** The hostile page with its own beacons settled, then the popup for it. */
  async function hostile(path: string): Promise<{ page: Page; popup: Popup; base: number; baseMarks: string[] }> {
    const page = await lectern.open(server.url(path));
    const tabId = await lectern.tabId(page);
    // Baseline: the page's own beacon (positive control) and its natively firing payloads.
    await until(async () => server.requests.includes('/beacon/page-own'), 10_000, 'the page\'s own beacon');
    const base = await settle(server);
    const baseMarks = await pwned(page);
    const popup = await openPopup(lectern, tabId);
    return { page, popup, base, baseMarks };
  }

  it('popup: hostile article renders with no executable markup and nothing runs (A1–A17, B1–B5)', async () => {
    const { page, popup, base, baseMarks } = await hostile('/hostile/xss.html');
    expect(baseMarks.length, 'natively firing payloads ran in the page: the beacon mechanism works').toBeGreaterThan(0);
    expect(popup.state).toBe('ready');
    const p = popup.page;
    const text = await p.$eval('[data-testid="article"]', (a) => a.textContent ?? '');
    expect(text).toContain('nine to two');
    // Template-engine text and $-patterns stay literal (A12, A15).
    expect(text).toContain("{{constructor.constructor('alert(1)')()}}");
    expect(text).toContain("$& $` $' $1 $$");
    expect(await p.$eval('[data-testid="article"]', auditArticle, false)).toEqual([]);
    // Double-decoded metadata is text (A13): no element children in the header fields.
    expect(await p.$$eval('[data-testid="title"] *, [data-testid="site"] *, [data-testid="published"] *', (els) => els.map((e) => e.localName))).toEqual([]);
    expect(await p.$$eval('[data-testid="authors"] img, [data-testid="authors"] b, [data-testid="authors"] [onmouseover]', (els) => els.length)).toBe(0);
    expect(await p.evaluate(() => document.baseURI)).toMatch(/^(chrome|moz)-extension:\/\//); // A8
    // Hover/focus/error/load… on every article element: nothing runs.
    await p.$eval('[data-testid="article"]', fireEvents);
    expect(await pwned(p)).toEqual([]);
    expect(popup.errors).toEqual([]);
    await settle(server);
    expect(requestsSince(server, base)).toEqual([]);
    expect(await pwned(page)).toEqual(baseMarks);
    await Promise.all([page.close(), p.close()]);
  });

  it('popup: zero securitypolicyviolation events while rendering the hostile article (the sanitizer, not CSP, does the work)', async () => {
    const { page, popup } = await hostile('/hostile/xss.html');
    await popup.page.$eval('[data-testid="article"]', fireEvents);
    expect(await popup.violations()).toEqual([]);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('reader: mounted into the hostile page, nothing runs and the page styles cannot hide it (A1–A17, H1)', async () => {
    const { page, popup, base, baseMarks } = await hostile('/hostile/xss.html');
    const p = popup.page;
    await toggleReader(p, true, page);
    const article = (await until(() => readerArticle(page), 10_000, 'reader-article')) as ElementHandle<Element>;
    expect(await article.evaluate((a) => a.textContent ?? '')).toContain('nine to two');
    expect(await article.evaluate(auditArticle, false)).toEqual([]);
    // The page's stylesheet tries to hide the reader (lectern-reader { display: none !important }).
    expect(await page.evaluate(() => {
      const host = document.querySelector('lectern-reader') as HTMLElement;
      const r = host.getBoundingClientRect();
      return getComputedStyle(host).display !== 'none' && r.width > 0 && r.height > 0;
    })).toBe(true);
    await article.evaluate(fireEvents);
    await toggleReader(p, false, page);
    expect(await page.evaluate(() => document.querySelector('lectern-reader'))).toBeNull();
    await settle(server);
    expect(novelRequestsSince(server, base)).toEqual([]);
    expect(await pwned(page)).toEqual(baseMarks);
    await Promise.all([page.close(), p.close()]);
  });

  it('popup: a forged extraction result (compromised content script) is still sanitized, and hovering/focusing runs nothing (§0.4, A1, A13, A18)', async () => {
    const page = await lectern.open(server.url('/hostile/landing.html'));
    const tabId = await lectern.tabId(page);
    const x = (id: string): string => `(window.__pwned=window.__pwned||[]).push('${id}')`;
    const hostileHtml = `<div><p onmouseover="${x('forged-p')}" onfocus="${x('forged-focus')}" tabindex="0">Forged paragraph with a long enough text to count as an article body in the popup.</p>
      <img src="https://127.0.0.1/x.png" onerror="${x('forged-img')}" onload="${x('forged-load')}" alt="x"><a href="JavaScript:${x('forged-js')}">link</a>
      <svg><animate onbegin="${x('forged-svg')}" attributeName="x"></animate></svg><details open ontoggle="${x('forged-toggle')}"><summary>s</summary></details>
      <form id="location"><input autofocus onfocus="${x('forged-autofocus')}"></form><base href="https://evil.invalid/"></div>`;
    // Replacing the extractor in the extension's isolated world (keeping its build id, which the popup
    // checks) plays a content script that lies (SECURITY.md §0.4: the source can be forged).
    await lectern.extEval(async (api, id: number, html: string) => {
      await api.scripting.executeScript({ target: { tabId: id }, files: ['extract-page.js'] });
      await api.scripting.executeScript({
        target: { tabId: id },
        args: [html],
        func: (h: string) => {
          const ok = {
            url: location.href, isNewsArticle: true, readerable: true, html: h, text: 'Forged '.repeat(100), wordCount: 100,
            metadata: { title: '<img src=x onerror=alert(1)>Forged title', authors: [{ name: '<b onmouseover=alert(1)>Mallory</b>', kind: 'person' }], itemType: 'webpage', provenance: {}, __proto__: { polluted: true } },
            removed: [{ rule: 'share-bar', text: 'Share this', html: h, position: 0 }],
            __proto__: { ALLOWED_TAGS: ['script'] },
          };
          const g = globalThis as unknown as { __lectern: { build: string } };
          g.__lectern = { build: g.__lectern.build, extract: () => ({ ok, extractedAt: Date.now() }) } as never;
        },
      });
    }, tabId, hostileHtml);
    const popup = await openPopup(lectern, tabId);
    expect(popup.state).toBe('ready');
    const p = popup.page;
    expect(await p.$eval('[data-testid="title"]', (e) => [e.children.length, e.textContent])).toEqual([0, '<img src=x onerror=alert(1)>Forged title']);
    expect(await p.$eval('[data-testid="article"]', auditArticle, false)).toEqual([]);
    // Restore the removed block too (the Removed panel's second sanitizer call).
    await p.$eval('#removed-panel', (d) => { (d as HTMLDetailsElement).open = true; });
    await p.$$eval('[data-testid="removed"] button[data-action="restore"]', (bs) => bs.forEach((b) => (b as HTMLButtonElement).click()));
    await until(() => p.$eval('[data-testid="article"]', (a) => a.querySelector('.restored') !== null), 5_000, 'restored block');
    expect(await p.$eval('[data-testid="article"]', auditArticle, false)).toEqual([]);
    // Chromium reports parse-time violations for the forged handlers (DOMParser runs under the popup's
    // CSP); what matters is that no handler is left to run: firing events adds none.
    const atRender = (await popup.violations()).length;
    await p.$eval('[data-testid="article"]', fireEvents);
    expect((await popup.violations()).slice(atRender)).toEqual([]);
    expect(await pwned(p)).toEqual([]);
    expect(await p.evaluate(() => document.baseURI)).toMatch(/^(chrome|moz)-extension:\/\//);
    await Promise.all([page.close(), p.close()]);
  });

  it('the CSP violation counter works and the popup runs under the manifest CSP (C.2, positive control)', async () => {
    const page = await lectern.open(server.url('/hostile/landing.html'));
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(await popup.violations()).toEqual([]);
    // An inline style attribute is exactly what style-src 'self' forbids.
    await popup.page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await until(async () => (await popup.violations()).length > 0, 5_000, 'a style-src violation');
    expect((await popup.violations()).join()).toMatch(/style-src/);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('popup and reader request nothing for article images, pixels, srcset, posters, media (C1–C5)', async () => {
    const page = await lectern.open(server.url('/hostile/images.html'));
    const base = await settle(server);
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(popup.state).toBe('ready');
    const p = popup.page;
    expect(await p.$eval('[data-testid="article"]', auditArticle, false)).toEqual([]);
    expect(await p.$$eval('[data-testid="article"] img', (imgs) => imgs.map((i) => i.getAttribute('referrerpolicy')))).not.toContain(null);
    await settle(server);
    expect(requestsSince(server, base)).toEqual([]);
    // Nothing was even attempted outside the extension (blocked attempts would be CSP violations).
    const foreign = await p.evaluate((origin) => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith(origin)), lectern.origin);
    expect(foreign).toEqual([]);
    expect(await popup.violations()).toEqual([]);

    await toggleReader(p, true, page);
    const article = (await until(() => readerArticle(page), 10_000, 'reader-article')) as ElementHandle<Element>;
    expect(await article.evaluate(auditArticle, false)).toEqual([]);
    await settle(server);
    expect(novelRequestsSince(server, base)).toEqual([]);
    await toggleReader(p, false, page);
    await Promise.all([page.close(), p.close()]);
  });

  it('images not loaded are quiet placeholders with one "Show images"; the reader shows the images the page loaded, with no new request (issue 18, C1)', async () => {
    const page = await lectern.open(server.url('/images-loaded.html'));
    const own = server.url('/img/harbour.png');
    await until(() => page.$eval('img[src="/img/harbour.png"]', (i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0), 10_000, 'the page loads its image');
    const base = await settle(server);
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(popup.state).toBe('ready');
    const p = popup.page;
    // Popup: no image loads by default; each image is a frame with its alt text, no broken icon.
    const frames = (root: string): Promise<Array<[string, boolean]>> => p.$$eval(`${root} .img-held`, (els) => els.map((e): [string, boolean] => [e.textContent ?? '', (e.querySelector('img') as HTMLElement | null)?.offsetWidth === 0]));
    expect(await frames('[data-testid="article"]')).toEqual([['Volunteers raking the first pan', true], ['Salt crystals drying on a wooden board', true]]);
    expect(await p.$eval('#images-held', (b) => (b as HTMLElement).hidden)).toBe(false);
    expect(await p.$eval('[data-testid="article"]', auditArticle, false)).toEqual([]);
    // The article's text stays the article's: no placeholder label inside a paragraph.
    expect(await p.$eval('[data-testid="article"]', (a) => Array.from(a.querySelectorAll('p')).every((x) => !x.querySelector('.img-held')))).toBe(true);
    await settle(server);
    expect(requestsSince(server, base)).toEqual([]);
    // "Show images" loads the https one for this view; the http one cannot be asked for and stays framed.
    await p.click('[data-testid="show-images"]');
    expect(await p.$$eval('[data-testid="article"] img[src]', (imgs) => imgs.map((i) => i.getAttribute('src')))).toEqual(['https://img.invalid/salt-crystals.jpg']);
    expect(await p.$eval('#images-held', (b) => (b as HTMLElement).hidden)).toBe(true);
    expect(await frames('[data-testid="article"]')).toEqual([['Volunteers raking the first pan', true]]);

    // Reader: the image the page already shows is shown from the same URL; the other is a frame.
    await toggleReader(p, true, page);
    const article = (await until(() => readerArticle(page), 10_000, 'reader-article')) as ElementHandle<Element>;
    expect(await article.evaluate((a) => Array.from(a.querySelectorAll('img[src]')).map((i) => [i.getAttribute('src'), (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0]))).toEqual([[own, true]]);
    expect(await article.evaluate((a) => Array.from(a.querySelectorAll('.img-held')).map((e) => e.textContent))).toEqual(['Salt crystals drying on a wooden board']);
    expect(await article.evaluate(auditArticle, [own])).toEqual([]);
    await settle(server);
    expect(requestsSince(server, base)).toEqual([]);
    await toggleReader(p, false, page);
    await Promise.all([page.close(), p.close()]);
  });

  it('<base href>, foreign canonical and og:url do not move the popup or the citation (A8, D1, B7)', async () => {
    const page = await lectern.open(server.url('/hostile/base-href.html'));
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(popup.state).toBe('ready');
    const p = popup.page;
    expect(await p.evaluate(() => document.baseURI)).toMatch(/^(chrome|moz)-extension:\/\/[^/]+\/popup\.html/);
    expect(await p.$eval('#host', (h) => h.textContent)).toBe('127.0.0.1');
    const citation = await until(() => p.$eval('[data-testid="citation"]', (c) => c.textContent ?? ''), 10_000, 'citation');
    expect(citation).toContain(server.url('/hostile/base-href.html'));
    expect(citation).not.toMatch(/reuters\.com|evil\.invalid/);
    expect(await popup.violations()).toEqual([]);
    await Promise.all([page.close(), p.close()]);
  });
});
