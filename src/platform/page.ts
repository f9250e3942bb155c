// Talks to the page of a tab: injects extract-page.js (or reader.js) on demand, then calls into it.
// The popup calls this directly, so extraction never depends on the background worker (R6).
import browser from './browser';
import { BUILD_ID } from '../build-id';
import type { PageResult } from '../extract-page';
import type { Article, ExtractOptions } from '../lib/types';
import { injectionProblem, samePage, urlProblem, type PageProblem } from './restricted';
import { validateArticle } from './validate';

export interface TabInfo { id: number; url?: string; title?: string }
export type Loaded =
  | { ok: true; article: Article; tab: TabInfo }
  | { ok: false; problem: PageProblem; detail?: string; tab: TabInfo };

export async function tabInfo(tabId: number): Promise<TabInfo> {
  const tab = await browser.tabs.get(tabId);
  return { id: tabId, url: tab.url, title: tab.title };
}

export async function extractFromTab(tabId: number, opts: Omit<ExtractOptions, 'now'> = {}): Promise<PageResult> {
  const target = { tabId, frameIds: [0] };
  const call = async (): Promise<PageResult | null> => {
    const [frame] = await browser.scripting.executeScript({
      target,
      func: (o: Omit<ExtractOptions, 'now'>, build: string) => (globalThis.__lectern?.build === build ? globalThis.__lectern.extract(o) : null),
      args: [opts, BUILD_ID],
    });
    return (frame?.result as PageResult | null | undefined) ?? null;
  };
  // The page keeps extract-page.js in its isolated world until it navigates: on a second open only
  // one executeScript runs instead of re-sending ~100 KB of code (measured 90–200 ms per open).
  const warm = await call();
  if (warm) return warm;
  await browser.scripting.executeScript({ target, files: ['extract-page.js'] });
  return (await call()) ?? { error: 'Lectern could not start in this page.', code: 'inject-failed' };
}

/** Check the URL, extract, validate, and drop results for a page the tab has left meanwhile. */
export async function loadArticle(tabId: number, optsFor: (url: string) => Omit<ExtractOptions, 'now'>): Promise<Loaded> {
  const [tab, fileAccess] = await Promise.all([
    tabInfo(tabId),
    Promise.resolve(browser.extension?.isAllowedFileSchemeAccess?.()).then((v) => v === true, () => false),
  ]);
  const early = urlProblem(tab.url, fileAccess);
  if (early) return { ok: false, problem: early, tab };
  let result: PageResult;
  try {
    result = await extractFromTab(tabId, optsFor(tab.url ?? ''));
  } catch (error) {
    return { ok: false, problem: injectionProblem(error), detail: String(error), tab };
  }
  if ('error' in result) {
    const code = result.code === 'too-large' || result.code === 'not-html' ? result.code : 'failed';
    return { ok: false, problem: code, detail: result.error, tab };
  }
  const article = validateArticle(result.ok);
  if (!article) return { ok: false, problem: 'too-large', tab };
  // The tab URL may have been hidden from us (about:blank in Firefox): judge the page's own URL too.
  const late = urlProblem(article.url, fileAccess);
  if (late) return { ok: false, problem: late, tab: { ...tab, url: tab.url ?? article.url } };
  const now = await tabInfo(tabId).catch(() => tab);
  if (!samePage(article.url, now.url)) return { ok: false, problem: 'changed', tab: now };
  return { ok: true, article, tab: now };
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
      if (!reader) return false;
      return a === 'toggle' ? reader.toggle() : reader.isOpen();
    },
    args: [action],
  });
  return frame?.result === true;
}
