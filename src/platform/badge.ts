// The "news article detected" badge: a short mark on the toolbar icon, cleared otherwise.
import browser from './browser';

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
