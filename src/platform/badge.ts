// The "news article detected" badge: a short mark on the toolbar icon, cleared otherwise.
import browser from './browser';
import { getDetection, setDetection } from './tab-state';

export const BADGE_TEXT = '✓';
export const BADGE_COLOR = '#1f6f5c';

export async function showBadge(tabId: number, on: boolean): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: on ? BADGE_TEXT : '' });
  if (on) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    // Not in every browser's API surface (Firefox has it, older Chrome too); harmless when absent.
    await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }).catch(() => undefined);
  }
  await browser.action.setTitle({ tabId, title: on ? browser.i18n.getMessage('actionTitleArticle') : browser.i18n.getMessage('actionTitle') });
}

/**
 * The popup has read the page with the full pipeline (the same one as `lectern extract`): from now on
 * the badge shows that verdict, so badge, popup and CLI say the same about the page (issue 18). The
 * detector only guesses, on every page, without Readability.
 */
export async function confirmVerdict(tabId: number, url: string, verdict: boolean): Promise<void> {
  const known = await getDetection(tabId).catch(() => null);
  if (known && known.url === url && known.detect.verdict === verdict) return;
  const signals = { ...(known?.url === url ? known.detect.signals : {}), pipeline: verdict };
  await setDetection(tabId, { url, detect: { verdict, signals } }).catch(() => undefined);
  await showBadge(tabId, verdict);
}
