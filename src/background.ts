// Background entry: listeners registered synchronously at top level; no state in variables (the
// worker may be stopped at any time), per-tab state lives in storage.session.
import browser from './platform/browser';
import { handle } from './platform/messages';
import { setDetection, getDetection } from './platform/tab-state';
import { showBadge } from './platform/badge';

handle({
  pageDetected: async ({ url, detect }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await setDetection(tabId, { url, detect });
    await showBadge(tabId, detect.verdict);
    return detect.verdict;
  },
  getDetection: ({ tabId }) => getDetection(tabId),
});

browser.tabs.onRemoved.addListener((tabId) => void setDetection(tabId, null));
