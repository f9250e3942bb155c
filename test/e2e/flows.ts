// Helpers shared by the experience e2e files (popup, copy, reader, options).
import type { Page } from 'puppeteer-core';
import type { Lectern } from './harness';

/**
 * openExtensionPage, retried: Firefox's BiDi sometimes fails a waitForSelector that races the
 * moz-extension navigation ("right-hand side of 'in' should be an object, got null").
 */
export async function openExt(lectern: Lectern, path: string, selector: string): Promise<Page> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await lectern.openExtensionPage(path, selector);
    } catch (error) {
      if (attempt >= 2 || !/Protocol error|right-hand side/.test(String(error))) throw error;
    }
  }
}

/** The popup as a tab for the tab showing `page`, once it left the loading state. */
export async function popupFor(lectern: Lectern, page: Page, state = 'html:not([data-state="loading"])'): Promise<Page> {
  return openExt(lectern, `popup.html?tabId=${await lectern.tabId(page)}`, state);
}
