// Background entry: listeners registered synchronously at top level; no state in variables (the
// worker may be stopped at any time), per-tab state lives in storage.session.
import browser, { type Menus, type Tabs } from './platform/browser';
import { handle } from './platform/messages';
import { setDetection, getDetection } from './platform/tab-state';
import { showBadge } from './platform/badge';
import { t } from './platform/i18n';
import { readerInTab } from './platform/page';
import { copyCitationFromTab } from './platform/menu-copy';
import { getSettings } from './platform/storage';
import { hostOf } from './reader/format';
import { closeStaleReadersEverywhere } from './platform/update-cleanup';

const MENU_COPY = 'copy-citation';
const MENU_READER = 'toggle-reader';

handle({
  pageDetected: async ({ url, detect }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await setDetection(tabId, { url, detect });
    await showBadge(tabId, detect.verdict);
    if (detect.verdict) await autoOpenReader(tabId, url);
    return detect.verdict;
  },
  getDetection: ({ tabId }) => getDetection(tabId),
});

/** Reader mode opens by itself on detected articles from hosts the reader chose (options page). */
async function autoOpenReader(tabId: number, url: string): Promise<void> {
  const { autoReaderHosts } = await getSettings();
  const host = hostOf(url).replace(/^www\./, '');
  if (!host || !autoReaderHosts.some((h) => host === h || host.endsWith(`.${h}`))) return;
  if (!(await readerInTab(tabId, 'state').catch(() => true))) await readerInTab(tabId, 'toggle').catch(() => undefined);
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  // R5: an older copy's reader overlay may still lock open pages (also after uninstall + install).
  if (reason === 'update' || reason === 'install') void closeStaleReadersEverywhere();
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_COPY, title: t('menuCopyCitation'), contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: MENU_READER, title: t('menuToggleReader'), contexts: ['page', 'selection'] });
  });
});

browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
  if (tab?.id === undefined || tab.id < 0) return;
  if (info.menuItemId === MENU_READER) void readerInTab(tab.id, 'toggle').catch(() => undefined);
  if (info.menuItemId === MENU_COPY) void copyCitationFromTab(tab.id);
});

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  if (command !== 'toggle-reader') return;
  const target = tab?.id !== undefined ? Promise.resolve(tab.id) : browser.tabs.query({ active: true, currentWindow: true }).then(([t0]) => t0?.id);
  void target.then((id) => (id === undefined ? undefined : readerInTab(id, 'toggle'))).catch(() => undefined);
});

browser.tabs.onRemoved.addListener((tabId) => void setDetection(tabId, null));
