// Broken, restricted and hostile-by-structure pages in real browsers (SECURITY.md R1, R2, R22, G1, G2,
// G8, F1, F2, F7, F8): every fault ends in a settled popup state with a clear message, never a popup
// stuck on "loading" or an uncaught error, and the page is left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, serveFixtures, until, type FixtureServer, type Lectern } from './harness';
import { openLoose, openPopup, openWithTab, popupProblem, toggleReader, type Popup } from '../security/e2e-helpers';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

/** The popup ended in "error" and says so in words (title and text from the locale, not a stack). */
async function expectProblem(popup: Popup, allowed: readonly string[]): Promise<string> {
  expect(popup.state).toBe('error');
  const problem = await popupProblem(popup.page);
  expect(problem.visible).toBe(true);
  expect(allowed).toContain(problem.problem);
  expect(problem.title.trim().length).toBeGreaterThan(3);
  expect(problem.text.trim().length).toBeGreaterThan(10);
  expect(problem.text).not.toMatch(/\bat \w+ \(|TypeError|undefined is not/);
  expect(popup.errors).toEqual([]);
  return problem.problem;
}

const pageState = (page: Page): Promise<{ count: number; mutations: string[]; built: number }> =>
  page.evaluate(() => {
    const w = globalThis as unknown as { __mutationLog?: string[]; __built?: number };
    return { count: document.getElementsByTagName('*').length, mutations: w.__mutationLog ?? ['no log'], built: w.__built ?? -1 };
  });

async function articleView(popup: Popup): Promise<{ title: string; text: string; citation: string }> {
  const p = popup.page;
  const citation = await until(() => p.$eval('[data-testid="citation"]', (c) => c.textContent ?? ''), 15_000, 'citation');
  return {
    title: await p.$eval('[data-testid="title"]', (e) => e.textContent ?? ''),
    text: await p.$eval('[data-testid="article"]', (e) => e.textContent ?? ''),
    citation: citation.replace(/Retrieved [^.]*\.|Accessed [^.]*\.|\d{4}-\d{2}-\d{2}/g, ''),
  };
}

describe.each(BROWSERS)('%s', (name) => {
  let lectern: Lectern;
  beforeAll(async () => {
    lectern = await launch(name);
    await lectern.extEval(() => true); // open the helper page before counting tabs
  });
  afterAll(async () => lectern?.close());

  it('restricted tabs (about:blank, data: URL) → data-state="error" with the restricted-page message (R1)', async () => {
    for (const url of ['about:blank', 'data:text/html,<title>Data page</title><h1>Hello</h1><p>A page that lives in its own URL.</p>']) {
      const { page, tabId } = await openWithTab(lectern, () => openLoose(lectern, url));
      const popup = await openPopup(lectern, tabId);
      expect(await expectProblem(popup, ['restricted'])).toBe('restricted');
      await Promise.all([page.close(), popup.page.close()]);
    }
  });

  it('a .pdf served as application/pdf → the PDF message and no extraction attempt (R2)', async () => {
    const { page, tabId } = await openWithTab(lectern, () => openLoose(lectern, server.url('/hostile/minutes.pdf')));
    const popup = await openPopup(lectern, tabId);
    await expectProblem(popup, ['pdf']);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('a PDF under a URL without .pdf → an error message, never an article (R2, G8)', async () => {
    const { page, tabId } = await openWithTab(lectern, () => openLoose(lectern, server.url('/hostile/minutes-download')));
    const popup = await openPopup(lectern, tabId);
    await expectProblem(popup, ['pdf', 'not-html', 'restricted']);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('a text/plain page → the not-HTML message (G8)', async () => {
    const page = await lectern.open(server.url('/hostile/notes.txt'));
    const popup = await openPopup(lectern, await lectern.tabId(page));
    await expectProblem(popup, ['not-html']);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('200,000 elements built by script → "too large", page untouched (G1, R22, R25)', async () => {
    const page = await lectern.open(server.url('/hostile/huge.html'));
    const before = await pageState(page);
    expect(before.built).toBeGreaterThan(200_000);
    const popup = await openPopup(lectern, await lectern.tabId(page), 45_000);
    await expectProblem(popup, ['too-large']);
    expect(await pageState(page)).toEqual(before); // the parser's own late records only, none of ours
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('a 10,000-deep tree built by script → a clear message or an article, never a hang; page untouched (G2, R22)', async () => {
    const page = await lectern.open(server.url('/hostile/deep.html'));
    const before = await pageState(page);
    expect(before.built).toBeGreaterThan(10_000);
    const popup = await openPopup(lectern, await lectern.tabId(page), 45_000);
    if (popup.state !== 'ready') await expectProblem(popup, ['too-large', 'failed']);
    else expect(await popup.page.$eval('[data-testid="article"]', (a) => a.textContent ?? '')).toContain('rope works');
    expect(await pageState(page)).toEqual(before); // the parser's own late records only, none of ours
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('page overrides JSON.parse, Array.prototype.map, cloneNode… → extraction identical to the clean page (F7)', async () => {
    const clean = await lectern.open(server.url('/hostile/globals.html'));
    const cleanPopup = await openPopup(lectern, await lectern.tabId(clean));
    expect(cleanPopup.state).toBe('ready');
    const expected = await articleView(cleanPopup);
    const hostile = await lectern.open(server.url('/hostile/globals.html?override'));
    const hostilePopup = await openPopup(lectern, await lectern.tabId(hostile));
    expect(hostilePopup.state).toBe('ready');
    const view = await articleView(hostilePopup);
    expect({ ...view, citation: view.citation.replace('?override', '') }).toEqual(expected);
    expect(expected.title).toBe('Rope works to reopen as covered market');
    await Promise.all([clean.close(), cleanPopup.page.close(), hostile.close(), hostilePopup.page.close()]);
  });

  it('page posts fake extension messages and synthetic Escape keys → ignored (F1, F2)', async () => {
    const page = await lectern.open(server.url('/hostile/postmessage.html'));
    // Every 50 ms the page posts 5 forged messages, then an untrusted Escape. A background tab's timers
    // are throttled (Firefox: to about once a second), so wait for the page to have really sent them
    // rather than for a fixed time: before reading, and again while the reader is open.
    const posted = (): Promise<number> => page.evaluate(() => (globalThis as unknown as { __posted: number }).__posted);
    await until(async () => (await posted()) > 0, 15_000, 'forged messages posted before reading');
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(popup.state).toBe('ready');
    const view = await articleView(popup);
    expect(`${view.title} ${view.text} ${view.citation}`).not.toMatch(/FORGED/);
    expect(await posted()).toBeGreaterThan(0);
    // The reader stays open although the page keeps dispatching untrusted Escape keydowns: at least
    // two rounds (10 messages, 2 Escapes) after it opened, and no less than the second it always waited.
    await toggleReader(popup.page, true, page);
    const opened = await posted();
    await Promise.all([
      until(async () => (await posted()) >= opened + 10, 15_000, 'untrusted Escapes dispatched while the reader is open'),
      new Promise((r) => setTimeout(r, 1_000)),
    ]);
    expect(await page.evaluate(() => !!document.querySelector('lectern-reader')?.shadowRoot?.querySelector('[data-testid="reader-article"]'))).toBe(true);
    expect(await page.evaluate(() => document.querySelector('lectern-reader')?.shadowRoot?.textContent ?? '')).not.toMatch(/FORGED/);
    await toggleReader(popup.page, false, page);
    expect(await page.evaluate(() => document.querySelectorAll('lectern-reader').length)).toBe(0);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('the article inside an iframe is not read: top frame only, "no article" (R11)', async () => {
    const page = await lectern.open(server.url('/hostile/frame-top.html'));
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(popup.state).toBe('no-article');
    expect(await popup.page.$eval('[data-testid="article"]', (a) => a.textContent ?? '')).not.toContain('rope works');
    expect((await popupProblem(popup.page)).text.length).toBeGreaterThan(10);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('an article inside a shadow root → a graceful "no article", never an error (R12)', async () => {
    const page = await lectern.open(server.url('/hostile/shadow.html'));
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(['no-article', 'ready']).toContain(popup.state);
    expect(popup.errors).toEqual([]);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('a page rewritten by document.open/write after load is read as it is now (R16)', async () => {
    const page = await lectern.open(server.url('/hostile/rewritten.html'));
    await until(() => page.evaluate(() => document.title.startsWith('Rope works')).catch(() => false), 10_000, 'rewritten page');
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(popup.state).toBe('ready');
    expect(await popup.page.$eval('[data-testid="article"]', (a) => a.textContent ?? '')).toContain('covered market and workshop space');
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('a quirks-mode page (no doctype, table layout): article in the popup, reader mounts and unmounts (R17)', async () => {
    const page = await lectern.open(server.url('/hostile/quirks.html'));
    expect(await page.evaluate(() => document.compatMode)).toBe('BackCompat');
    const popup = await openPopup(lectern, await lectern.tabId(page));
    expect(popup.state).toBe('ready');
    await toggleReader(popup.page, true, page);
    expect(await page.evaluate(() => {
      const r = document.querySelector('lectern-reader')!.getBoundingClientRect();
      return r.width >= innerWidth - 1 && r.height >= innerHeight - 1;
    })).toBe(true);
    await toggleReader(popup.page, false, page);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('layout bombs (50,000-character word, 200-column table, marquee) stay inside the popup (B6)', async () => {
    const page = await lectern.open(server.url('/hostile/bombs.html'));
    const popup = await openPopup(lectern, await lectern.tabId(page), 20_000);
    expect(popup.state).toBe('ready');
    const layout = await popup.page.evaluate(() => {
      const article = document.querySelector('[data-testid="article"]') as HTMLElement;
      const copy = document.querySelector('[data-testid="copy-citation"]') as HTMLElement;
      return {
        pageOverflowsSideways: document.body.scrollWidth > document.body.clientWidth + 1,
        articleWiderThanBody: article.getBoundingClientRect().width > document.body.clientWidth + 1,
        copyVisible: copy.getBoundingClientRect().right <= document.body.clientWidth + 1,
        marquee: article.querySelectorAll('marquee').length,
      };
    });
    expect(layout).toEqual({ pageOverflowsSideways: false, articleWiderThanBody: false, copyVisible: true, marquee: 0 });
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('a popup closed mid-extraction leaves nothing half-done: the next popup reads normally (R7)', async () => {
    const page = await lectern.open(server.url('/hostile/landing.html'));
    const tabId = await lectern.tabId(page);
    const early = await lectern.browser.newPage();
    void early.goto(`${lectern.origin}/popup.html?tabId=${tabId}`).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 150));
    await early.close();
    const popup = await openPopup(lectern, tabId);
    expect(popup.state).toBe('ready');
    expect(await page.evaluate(() => document.querySelectorAll('lectern-reader').length)).toBe(0);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('DOM clobbering (<form name=getElementsByTagName>, <form id=location>, <img name=title>…) → a settled popup, no uncaught error (F8)', async () => {
    const page = await lectern.open(server.url('/hostile/clobber.html'));
    const popup = await openPopup(lectern, await lectern.tabId(page));
    if (popup.state === 'ready') expect(await popup.page.$eval('[data-testid="article"]', (a) => a.textContent ?? '')).toContain('rope works');
    else await expectProblem(popup, ['failed']);
    expect(popup.errors).toEqual([]);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('a valid article carrying <img name=body> is still read (F8: document.body clobbered in the live page)', async () => {
    const page = await lectern.open(server.url('/hostile/clobber-body.html'));
    const popup = await openPopup(lectern, await lectern.tabId(page));
    const detail = popup.state === 'ready' ? '' : await popup.page.$eval('#problem', (b) => `${(b as HTMLElement).dataset.problem}: ${b.getAttribute('title')}`);
    expect(popup.state, detail).toBe('ready');
    expect(await popup.page.$eval('[data-testid="article"]', (a) => a.textContent ?? '')).toContain('rope works');
    await Promise.all([page.close(), popup.page.close()]);
  });
});
