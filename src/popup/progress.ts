// Loading feedback and Retry (SECURITY.md G4, R14). The status line says what the popup is waiting
// for, admits after a second that it is still working, and an unfinished outcome (timeout, page
// still loading, a suspiciously short article) offers a Retry that starts over with more time.
import { t } from '../platform/i18n';
import { DEFAULT_DOM_WAIT_MS, DEFAULT_TIMEOUT_MS, type LoadStep } from '../platform/page';
import { $ } from './state';

/** After this long the status says "still working" (a long page, a slow machine). */
export const SLOW_AFTER_MS = 1_000;
/** Fewer words than this and the page may be a skeleton still filling in (R14). */
export const SHORT_WORDS = 120;

const STEP_KEYS: Readonly<Record<LoadStep, string>> = { waiting: 'popupWaitingPage', reading: 'popupLoading' };

export interface Progress {
  step(step: LoadStep): void;
  stop(): void;
}

/** Animate the status line: an indeterminate progress bar, the current step, "still working". */
export function startProgress(): Progress {
  const status = $('#status');
  const bar = document.createElement('progress'); // no value: indeterminate, animated by the browser
  bar.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  status.replaceChildren(bar, text);
  let current: LoadStep = 'reading';
  const render = (): void => {
    const step = t(STEP_KEYS[current]);
    text.textContent = status.dataset.slow === 'true' ? t('popupStillWorking', step) : step;
  };
  render();
  const timer = setTimeout(() => {
    status.dataset.slow = 'true';
    render();
  }, msParam('slow') ?? SLOW_AFTER_MS);
  return {
    step(step) {
      current = step;
      status.dataset.step = step;
      render();
    },
    stop: () => clearTimeout(timer),
  };
}

const params = (): URLSearchParams => new URLSearchParams(location.search);

/** 1 for the first open, then one more per Retry. */
export function attempt(): number {
  const n = Number(params().get('attempt'));
  return Number.isInteger(n) && n > 1 ? Math.min(n, 10) : 1;
}

/** A duration in ms from the popup URL, within sane bounds (tests shorten waits this way:
 *  `timeout`, `domwait`, and `slow` for the "still working" delay). */
function msParam(name: string): number | undefined {
  const asked = Number(params().get(name));
  return Number.isInteger(asked) && asked >= 100 && asked <= 600_000 ? asked : undefined;
}

/** How long this attempt waits: longer on every Retry; `?timeout=` shortens the first one. */
export function timeoutMs(): number {
  return msParam('timeout') ?? DEFAULT_TIMEOUT_MS * attempt();
}

/** How long to wait for a page still parsing (R14); `?domwait=` shortens it. */
export function domWaitMs(): number {
  return msParam('domwait') ?? DEFAULT_DOM_WAIT_MS;
}

/**
 * A Retry button: reopens the popup for the same tab, with more time. Starting over (instead of
 * re-running parts of the popup) leaves no half-filled header or stale listeners behind (R7).
 */
export function retryButton(tabId: number): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'retry';
  button.textContent = t('popupRetry');
  button.addEventListener('click', () => location.replace(retryUrl(location.pathname, location.search, tabId)));
  return button;
}

/** The popup URL of the next attempt: same tab, one more attempt, test shortcuts dropped. */
export function retryUrl(path: string, search: string, tabId: number): string {
  const next = new URLSearchParams(search);
  const n = Number(next.get('attempt'));
  next.set('tabId', String(tabId));
  next.set('attempt', String(Number.isInteger(n) && n > 1 ? Math.min(n + 1, 10) : 2));
  next.delete('timeout');
  next.delete('domwait');
  next.delete('slow');
  return `${path}?${next.toString()}`;
}

/** Below the problem text, or as a note above a short article: what to try, and Retry. */
export function offerRetry(tabId: number, where: 'problem' | 'short'): void {
  if (where === 'problem') {
    $('#problem').append(retryButton(tabId));
    return;
  }
  const note = document.createElement('p');
  note.id = 'short-hint';
  note.dataset.testid = 'short-hint';
  note.setAttribute('role', 'status');
  note.append(t('popupShortHint'), ' ', retryButton(tabId));
  $('#problem').after(note);
}
