// After an update (SECURITY.md R5): open tabs still hold what the old copy put there. In Firefox its
// reader overlay is dead (its sandbox is gone) with the page's scroll locked; in Chrome the old
// world still runs, invalidated. The background clears such overlays in every tab it can reach, so
// the page is whole again without the reader having to touch Lectern. The page itself is never
// asked: content scripts do not look for overlays on their own (a page could plant one to detect
// Lectern by watching it disappear).
import browser from './browser';
import { BUILD_ID } from '../build-id';
import { closeStaleReaders } from '../reader/stale';

/** Pages our host permissions cover: elsewhere injection fails anyway (and no overlay can be). */
const PAGES = ['http://*/*', 'https://*/*'];

/**
 * Remove old overlays from every reachable tab and restore the page styles they recorded; resolves
 * to the number of overlays removed. Each tab's failure (a restricted page, a tab closing, a
 * private window we are not allowed in) is that tab's alone.
 */
export async function closeStaleReadersEverywhere(): Promise<number> {
  const tabs = await browser.tabs.query({ url: PAGES }).catch(() => []);
  const removed = await Promise.all(tabs.map(async (tab) => {
    // A discarded tab holds no page (reloading it would bring back no overlay); injecting would
    // fail in Chrome and could wake the tab in Firefox.
    if (tab.id === undefined || tab.discarded) return 0;
    try {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId: tab.id, frameIds: [0] },
        func: closeStaleReaders,
        args: [null, null, BUILD_ID],
      });
      return typeof frame?.result === 'number' ? frame.result : 0;
    } catch {
      return 0;
    }
  }));
  return removed.reduce((a, b) => a + b, 0);
}
