// "Copy citation" from the context menu. The worker has no clipboard (w3c/editing#458), so the copy
// happens in the page right after the menu click: cite-page.js renders the default style and writes
// it. Where the page may not write (Firefox without activation, restricted pages), the popup opens
// in a small window for that tab, with the citation and its Copy button.
import browser from './browser';
import { localesFor } from '../lib/citation/locales';
import { loadCslLocales } from './csl-locales';
import { uiLanguage } from './i18n';
import { getSettings } from './storage';

export async function copyCitationFromTab(tabId: number): Promise<boolean> {
  const { citationStyle, citationLocale } = await getSettings();
  const locale = citationLocale === 'auto' ? uiLanguage() : citationLocale;
  let copied = false;
  try {
    const target = { tabId, frameIds: [0] };
    // cite-page.js carries en-US only; any other locale file the citation needs goes in as an argument.
    const [locales] = await Promise.all([
      loadCslLocales(localesFor(citationStyle, locale)),
      browser.scripting.executeScript({ target, files: ['cite-page.js'] }),
    ]);
    const [frame] = await browser.scripting.executeScript({
      target,
      func: (s: string, l: string, x: Record<string, string>) => globalThis.__lecternCite?.(s, l, x) ?? false,
      args: [citationStyle, locale, locales],
    });
    copied = frame?.result === true;
  } catch {
    copied = false;
  }
  if (!copied) {
    const url = browser.runtime.getURL(`popup.html?tabId=${tabId}`);
    await browser.windows.create({ url, type: 'popup', width: 600, height: 620 }).catch(() => browser.tabs.create({ url }));
  }
  return copied;
}
