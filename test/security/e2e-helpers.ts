// Helpers for the browser-level security suites (test/e2e/security-*.e2e.ts): finding the tab of a
// page whose URL the extension may not see, opening the popup with a CSP-violation counter installed
// before its own script runs, and reading the fixture server's request log relative to a baseline.
import type { Page } from 'puppeteer-core';
import { until, type FixtureServer, type Lectern } from '../e2e/harness';

export type PopupState = 'ready' | 'no-article' | 'error';

export interface Popup {
  page: Page;
  state: PopupState;
  /** securitypolicyviolation events seen in the popup since before its first script ran. */
  violations(): Promise<string[]>;
  /** Uncaught errors reported by the browser for the popup. */
  errors: string[];
}

/** Tab ids of every open tab (works without the `tabs` permission). */
export async function tabIds(lectern: Lectern): Promise<number[]> {
  return lectern.extEval(async (api) => (await api.tabs.query({})).map((t: { id: number }) => t.id));
}

/**
 * Open a page and return it with its tab id, found as "the tab that appeared" (about:blank and
 * data: tabs expose no URL to an extension without the `tabs` permission).
 */
export async function openWithTab(lectern: Lectern, open: () => Promise<Page>): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(lectern));
  const page = await open();
  const tabId = (await until(async () => (await tabIds(lectern)).find((id) => !before.has(id)), 10_000, 'new tab id')) as number;
  return { page, tabId };
}

/** A page opened without waiting for `load` (PDF viewers and downloads may never report it). */
export async function openLoose(lectern: Lectern, url: string): Promise<Page> {
  const page = await lectern.browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 }).catch(() => undefined);
  return page;
}

/** Installed before the popup's own script: every CSP violation is recorded on window. */
function watchViolations(): void {
  const w = globalThis as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`);
  });
}

/** Firefox: BiDi preload scripts do not reach moz-extension pages, so attach as soon as the document exists. */
function attachEarly(): string | null {
  if (location.protocol !== 'moz-extension:' || !document.documentElement) return null;
  const w = globalThis as unknown as { __cspViolations?: string[] };
  if (!w.__cspViolations) {
    const seen: string[] = [];
    w.__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  }
  return document.documentElement.dataset.state ?? 'none';
}

export async function openPopup(lectern: Lectern, tabId: number, timeoutMs = 30_000): Promise<Popup> {
  const page = await lectern.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  const url = `${lectern.origin}/popup.html?tabId=${tabId}`;
  let late = '';
  if (lectern.name === 'firefox') {
    // moz-extension navigations never report completion in Firefox (see harness.openExtensionPage).
    void page.goto(url).catch(() => undefined);
    const end = Date.now() + 15_000;
    let state: string | null = null;
    while (state === null && Date.now() < end) {
      state = await page.evaluate(attachEarly).catch(() => null);
      if (state === null) await new Promise((r) => setTimeout(r, 5));
    }
    // The popup renders only after several extension round trips; if it already left "loading",
    // the counter may have missed events: say so instead of reporting a clean zero.
    if (state !== 'loading') late = `watcher attached late (state ${state})`;
  } else {
    await page.evaluateOnNewDocument(watchViolations);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
  }
  await page.waitForSelector('html[data-state]:not([data-state="loading"])', { timeout: timeoutMs });
  const state = (await page.$eval('html', (h) => h.dataset.state)) as PopupState;
  return {
    page,
    state,
    errors,
    violations: async () => {
      const seen = await page.evaluate(() => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['watcher missing']);
      return late ? [late, ...seen] : seen;
    },
  };
}

/** The problem box of the popup: which problem and the text shown to the reader. */
export async function popupProblem(page: Page): Promise<{ problem: string; title: string; text: string; visible: boolean }> {
  return page.$eval('#problem', (box) => ({
    problem: (box as HTMLElement).dataset.problem ?? '',
    title: box.querySelector('#problem-title')?.textContent ?? '',
    text: box.querySelector('#problem-text')?.textContent ?? '',
    visible: !(box as HTMLElement).hidden,
  }));
}

/** Requests the fixture server saw after `since` (an index into server.requests), minus favicons. */
export function requestsSince(server: FixtureServer, since: number): string[] {
  return server.requests.slice(since).filter((p) => p !== '/favicon.ico');
}

/** Wait until the server log has been quiet for `quietMs` (the page's own loads are done). */
export async function settle(server: FixtureServer, quietMs = 600, maxMs = 8_000): Promise<number> {
  const end = Date.now() + maxMs;
  let last = server.requests.length;
  let quietSince = Date.now();
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    if (server.requests.length !== last) {
      last = server.requests.length;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) break;
  }
  return server.requests.length;
}

/**
 * Toggle the in-page reader with the popup's own button, then wait until both the button
 * (aria-pressed) and the page (<lectern-reader> with reader-article, or nothing) agree.
 */
export async function toggleReader(popup: Page, expectOn: boolean, page?: Page): Promise<void> {
  await popup.waitForSelector('[data-testid="toggle-reader"]:not([disabled])', { timeout: 15_000 });
  await popup.$eval('[data-testid="toggle-reader"]', (b) => (b as HTMLButtonElement).click());
  const done = (b: Element, on: boolean): boolean => !b.hasAttribute('disabled') && b.getAttribute('aria-pressed') === String(on);
  await until(() => popup.$eval('[data-testid="toggle-reader"]', done, expectOn), 20_000, `reader button ${expectOn ? 'on' : 'off'}`);
  if (!page) return;
  const mounted = (): Promise<string> => page.evaluate(() => {
    const hosts = document.querySelectorAll('lectern-reader');
    const article = hosts[0]?.shadowRoot?.querySelector('[data-testid="reader-article"]');
    return `${hosts.length}:${article ? 'article' : 'none'}`;
  });
  const want = expectOn ? '1:article' : '0:none';
  await until(async () => (await mounted()) === want, 10_000, `reader in the page ${want}`);
}

/**
 * Everything in a rendered article subtree that could run script, load something or fake UI.
 * Runs in the browser (serialised by puppeteer): self-contained, no imports.
 */
export function auditArticle(root: Element, remoteImages: boolean | string[]): string[] {
  const problems: string[] = [];
  const forbidden = 'script,iframe,frame,frameset,embed,object,applet,form,input,button,textarea,select,option,style,link,meta,base,template,slot,svg,math,video,audio,source,track,picture,map,area,dialog,details,noscript,marquee,x-evil,[popover],[popovertarget],[commandfor],[srcset],[sizes],[style],[ping],[background],[poster],[is],[formaction],[contenteditable],[autofocus]';
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.matches(forbidden)) problems.push(`forbidden <${el.localName}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) problems.push(`<${el.localName} ${attr.name}>`);
      if (/^\s*(?:java|vb)script:|^\s*data:text\/html/i.test(attr.value)) problems.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
    }
    const href = el.getAttribute('href');
    if (href !== null) {
      if (el.localName !== 'a') problems.push(`href on <${el.localName}>`);
      else if (!/^(?:https?:|mailto:|#)/i.test(href.trim())) problems.push(`link scheme ${href.slice(0, 40)}`);
      else if (/^https?:/i.test(href.trim()) && (el.getAttribute('target') !== '_blank' || !/\bnoopener\b/.test(el.getAttribute('rel') ?? ''))) problems.push(`link may navigate the popup: ${href}`);
    }
    // remoteImages as a list: the in-page reader may show exactly the images the page itself loaded.
    const allowed = remoteImages === true || (Array.isArray(remoteImages) && remoteImages.includes(el.getAttribute('src') ?? ''));
    if (el.hasAttribute('src') && (el.localName !== 'img' || !allowed)) problems.push(`<${el.localName} src=${el.getAttribute('src')?.slice(0, 60)}>`);
    if ((el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot) problems.push(`shadow root on <${el.localName}>`);
    const id = el.getAttribute('id') ?? el.getAttribute('name');
    if (id && !id.startsWith('user-content-')) problems.push(`unprefixed id/name ${id}`);
  }
  return problems;
}

/** Fire the events inline handlers listen to on every element (stand-in for hovering, focusing…). */
export function fireEvents(root: Element): number {
  const types = ['mouseover', 'mouseenter', 'pointerover', 'focus', 'focusin', 'blur', 'error', 'load', 'toggle', 'beforetoggle',
    'animationstart', 'animationend', 'transitionend', 'input', 'change', 'scroll', 'wheel', 'keydown', 'start', 'copy', 'submit'];
  let fired = 0;
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const type of types) {
      el.dispatchEvent(new Event(type));
      fired++;
    }
  }
  return fired;
}

/**
 * Requests after `since` that the reader could be blamed for: every beacon, and any path the page had
 * not requested itself before. (Firefox re-requests a page's own failed <video poster> when reader
 * mode restyles the page; that is the page's resource, not something Lectern inserted.)
 */
export function novelRequestsSince(server: FixtureServer, since: number): string[] {
  const seen = new Set(server.requests.slice(0, since));
  return requestsSince(server, since).filter((p) => p.startsWith('/beacon/') || !seen.has(p));
}
