// Popup plumbing: which tab we serve, the <html data-state> contract, status and problem messages,
// and performance marks (the e2e suite reads them to measure time-to-article).
import browser from '../platform/browser';
import { t } from '../platform/i18n';
import type { LoadProblem } from '../platform/page';

export type PopupState = 'loading' | 'ready' | 'no-article' | 'error';

export function $<T extends HTMLElement = HTMLElement>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`popup.html lacks ${selector}`);
  return el;
}
export const byTestId = <T extends HTMLElement = HTMLElement>(id: string): T => $<T>(`[data-testid="${id}"]`);

/** popup.html?tabId=N serves tab N (tests, context menu); otherwise the active tab. */
export async function targetTabId(): Promise<number> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('problemNoTab'));
  return tab.id;
}

export function setState(state: PopupState): void {
  document.documentElement.dataset.state = state;
  $('#status').hidden = state !== 'loading';
  performance.mark(`lectern:${state}`);
}

const PROBLEM_KEYS: Readonly<Record<LoadProblem | 'no-article', [string, string]>> = {
  'restricted': ['problemRestrictedTitle', 'problemRestricted'],
  'store': ['problemStoreTitle', 'problemStore'],
  'pdf': ['problemPdfTitle', 'problemPdf'],
  'file-access': ['problemFileTitle', 'problemFile'],
  'too-large': ['problemTooLargeTitle', 'problemTooLarge'],
  'not-html': ['problemNotHtmlTitle', 'problemNotHtml'],
  'changed': ['problemChangedTitle', 'problemChanged'],
  'failed': ['problemFailedTitle', 'problemFailed'],
  'no-article': ['problemNoArticleTitle', 'problemNoArticle'],
  'timeout': ['problemTimeoutTitle', 'problemTimeout'],
  'loading': ['problemLoadingTitle', 'problemLoading'],
  'gone': ['problemGoneTitle', 'problemGone'],
};

export function showProblem(problem: LoadProblem | 'no-article', detail?: string): void {
  const [title, text] = PROBLEM_KEYS[problem];
  const box = $('#problem');
  box.dataset.problem = problem;
  $('#problem-title').textContent = t(title);
  $('#problem-text').textContent = t(text);
  // Technical detail (an error message) only as a tooltip: it may come from the page.
  if (detail) box.title = detail.slice(0, 300);
  box.hidden = false;
}
