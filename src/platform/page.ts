// Talks to the page of a tab: injects extract-page.js (or reader.js) on demand, then calls into it.
// The popup calls this directly, so extraction never depends on the background worker (R6).
import browser from './browser';
import { BUILD_ID } from '../build-id';
import type { PageResult } from '../extract-page';
import type { Article, ExtractOptions } from '../lib/types';
import { injectionProblem, samePage, urlProblem, type PageProblem } from './restricted';
import { validateArticle } from './validate';

export interface TabInfo { id: number; url?: string; title?: string; status?: string }
/**
 * What went wrong: a page problem; the page took longer than the popup would wait (G4); it had no
 * body yet after the DOM wait (R14); or the tab is out of our reach (closed, or a private window
 * where Lectern is not allowed, R26).
 */
export type LoadProblem = PageProblem | 'timeout' | 'loading' | 'gone';
/** `loading`: the page had not finished parsing when it was read (R14). */
export type Loaded =
  | { ok: true; article: Article; tab: TabInfo; loading: boolean }
  | { ok: false; problem: LoadProblem; detail?: string; tab: TabInfo; loading?: boolean };
/** Progress the popup shows while it waits: for the page to finish parsing, then for extraction. */
export type LoadStep = 'waiting' | 'reading';
export interface LoadOptions {
  /** Give up after this long (the page keeps working; a Retry asks again). */
  timeoutMs?: number;
  /** How long to wait for DOMContentLoaded before reading what is there (R14). */
  domWaitMs?: number;
  onStep?: (step: LoadStep) => void;
}
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_DOM_WAIT_MS = 4_000;

export async function tabInfo(tabId: number): Promise<TabInfo> {
  const tab = await browser.tabs.get(tabId);
  return { id: tabId, url: tab.url, title: tab.title, status: tab.status };
}

/**
 * Wait (at most `ms`) until the top frame has parsed its document; resolves to its readyState then.
 * injectImmediately: by default both browsers hold a script until the document is idle, i.e. until
 * a page still streaming has arrived in full, however long that takes (R14).
 */
export async function waitForDocument(tabId: number, ms: number): Promise<DocumentReadyState | undefined> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    injectImmediately: true,
    func: (wait: number) => new Promise<DocumentReadyState>((resolve) => {
      if (document.readyState !== 'loading') return resolve(document.readyState);
      const done = (): void => resolve(document.readyState);
      document.addEventListener('DOMContentLoaded', done, { once: true });
      setTimeout(done, wait);
    }),
    args: [ms],
  });
  return frame?.result as DocumentReadyState | undefined;
}

export async function extractFromTab(tabId: number, opts: Omit<ExtractOptions, 'now'> = {}): Promise<PageResult> {
  const target = { tabId, frameIds: [0] };
  const call = async (): Promise<PageResult | null> => {
    const [frame] = await browser.scripting.executeScript({
      target,
      injectImmediately: true,
      func: (o: Omit<ExtractOptions, 'now'>, build: string) => (globalThis.__lectern?.build === build ? globalThis.__lectern.extract(o) : null),
      args: [opts, BUILD_ID],
    });
    return (frame?.result as PageResult | null | undefined) ?? null;
  };
  // The page keeps extract-page.js in its isolated world until it navigates: on a second open only
  // one executeScript runs instead of re-sending ~100 KB of code (measured 90–200 ms per open).
  const warm = await call();
  if (warm) return warm;
  await browser.scripting.executeScript({ target, files: ['extract-page.js'], injectImmediately: true });
  return (await call()) ?? { error: 'Lectern could not start in this page.', code: 'inject-failed' };
}

/**
 * loadPage with a deadline: a page busy for longer (30,000 paragraphs on a slow machine, G4) gives
 * a "timeout" the popup can offer to retry. The extraction itself cannot be cancelled: it runs in the
 * page and ends on its own, on a clone, so the page stays untouched either way.
 */
export async function loadArticle(tabId: number, optsFor: (url: string) => Omit<ExtractOptions, 'now'>, options: LoadOptions = {}): Promise<Loaded> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<Loaded>((resolve) => {
    timer = setTimeout(() => {
      void tabInfo(tabId).catch((): TabInfo => ({ id: tabId })).then((tab) => resolve({ ok: false, problem: 'timeout', tab }));
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([loadPage(tabId, optsFor, options), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Check the URL, extract, validate, and drop results for a page the tab has left meanwhile. */
async function loadPage(tabId: number, optsFor: (url: string) => Omit<ExtractOptions, 'now'>, options: LoadOptions): Promise<Loaded> {
  const [tab, fileAccess] = await Promise.all([
    tabInfo(tabId).catch(() => null),
    Promise.resolve(browser.extension?.isAllowedFileSchemeAccess?.()).then((v) => v === true, () => false),
  ]);
  if (!tab) return { ok: false, problem: 'gone', tab: { id: tabId } };
  const early = urlProblem(tab.url, fileAccess);
  if (early) return { ok: false, problem: early, tab };
  let result: PageResult;
  let loading = false;
  try {
    // A tab still loading may not have parsed its article yet: wait for it, within limits. A
    // complete tab saves the round trip (it is on the popup's time-to-article path).
    if (tab.status !== 'complete') {
      options.onStep?.('waiting');
      loading = (await waitForDocument(tabId, options.domWaitMs ?? DEFAULT_DOM_WAIT_MS)) === 'loading';
    }
    options.onStep?.('reading');
    result = await extractFromTab(tabId, optsFor(tab.url ?? ''));
  } catch (error) {
    return { ok: false, problem: injectionProblem(error), detail: String(error), tab };
  }
  if ('error' in result) {
    const code = result.code === 'too-large' || result.code === 'not-html' ? result.code : 'failed';
    // No <body> yet because the page is still arriving, not because it is not HTML.
    return { ok: false, problem: loading && code === 'not-html' ? 'loading' : code, detail: result.error, tab, loading };
  }
  const article = validateArticle(result.ok);
  if (!article) return { ok: false, problem: 'too-large', tab };
  // The tab URL may have been hidden from us (about:blank in Firefox): judge the page's own URL too.
  const late = urlProblem(article.url, fileAccess);
  if (late) return { ok: false, problem: late, tab: { ...tab, url: tab.url ?? article.url } };
  const now = await tabInfo(tabId).catch(() => tab);
  if (!samePage(article.url, now.url)) return { ok: false, problem: 'changed', tab: now };
  return { ok: true, article, tab: now, loading };
}

export type ReaderAction = 'toggle' | 'state';

/** Toggle (or query) the in-page reader; resolves to whether it is now open. */
export async function readerInTab(tabId: number, action: ReaderAction): Promise<boolean> {
  const target = { tabId, frameIds: [0] };
  if (action === 'toggle') await browser.scripting.executeScript({ target, files: ['reader.js'] });
  const [frame] = await browser.scripting.executeScript({
    target,
    func: async (a: ReaderAction) => {
      const reader = globalThis.__lecternReader;
      // No reader in this world, yet an overlay in the page: one left by an older version of the
      // extension (R5). Report it as open; toggling (reader.js) closes it.
      if (!reader) return document.querySelector('lectern-reader') !== null;
      return a === 'toggle' ? reader.toggle() : reader.isOpen();
    },
    args: [action],
  });
  return frame?.result === true;
}
