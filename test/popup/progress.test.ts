// src/popup/progress.ts: the loading status (G4) and the Retry plumbing (G4, R14).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/browser', () => ({
  default: { i18n: { getMessage: (key: string, sub?: string | string[]) => `${key}${sub === undefined ? '' : `(${String(sub)})`}` } },
}));
const { SLOW_AFTER_MS, attempt, domWaitMs, offerRetry, retryUrl, startProgress, timeoutMs } = await import('../../src/popup/progress');
const { DEFAULT_DOM_WAIT_MS, DEFAULT_TIMEOUT_MS } = await import('../../src/platform/page');

const at = (search: string): void => window.history.replaceState(null, '', `/popup.html${search}`);

describe('popup progress', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p id="status" role="status"></p><section id="problem" hidden></section>';
    at('');
  });
  afterEach(() => vi.useRealTimers());

  it('shows a progress bar and the step at once, and "still working" after a second', () => {
    vi.useFakeTimers();
    const progress = startProgress();
    const status = document.querySelector<HTMLElement>('#status')!;
    expect(status.querySelector('progress')).not.toBeNull();
    expect(status.textContent).toBe('popupLoading');
    progress.step('waiting');
    expect(status.dataset.step).toBe('waiting');
    expect(status.textContent).toBe('popupWaitingPage');
    vi.advanceTimersByTime(SLOW_AFTER_MS);
    expect(status.dataset.slow).toBe('true');
    expect(status.textContent).toBe('popupStillWorking(popupWaitingPage)');
    progress.step('reading');
    expect(status.textContent).toBe('popupStillWorking(popupLoading)');
  });

  it('stops the clock when the popup settles', () => {
    vi.useFakeTimers();
    startProgress().stop();
    vi.advanceTimersByTime(SLOW_AFTER_MS * 5);
    expect(document.querySelector<HTMLElement>('#status')!.dataset.slow).toBeUndefined();
  });

  it('gives every Retry more time; URL shortcuts only shorten, within bounds', () => {
    expect([attempt(), timeoutMs(), domWaitMs()]).toEqual([1, DEFAULT_TIMEOUT_MS, DEFAULT_DOM_WAIT_MS]);
    at('?tabId=4&attempt=3');
    expect([attempt(), timeoutMs()]).toEqual([3, DEFAULT_TIMEOUT_MS * 3]);
    at('?attempt=99');
    expect(attempt()).toBe(10);
    at('?timeout=1500&domwait=800');
    expect([timeoutMs(), domWaitMs()]).toEqual([1500, 800]);
    at('?timeout=5&domwait=1e9');
    expect([timeoutMs(), domWaitMs()]).toEqual([DEFAULT_TIMEOUT_MS, DEFAULT_DOM_WAIT_MS]);
  });

  it('retries the same tab with one more attempt and without the test shortcuts', () => {
    expect(retryUrl('/popup.html', '', 7)).toBe('/popup.html?tabId=7&attempt=2');
    expect(retryUrl('/popup.html', '?tabId=7&timeout=500&domwait=1000&slow=100&attempt=2', 7)).toBe('/popup.html?tabId=7&attempt=3');
  });

  it('puts Retry under the problem, or a hint with Retry above a short article', () => {
    offerRetry(3, 'problem');
    expect(document.querySelector('#problem [data-testid="retry"]')?.textContent).toBe('popupRetry');
    offerRetry(3, 'short');
    const hint = document.querySelector('#short-hint');
    expect(hint?.previousElementSibling?.id).toBe('problem');
    expect(hint?.textContent).toContain('popupShortHint');
    expect(hint?.querySelector('[data-testid="retry"]')).not.toBeNull();
  });
});
