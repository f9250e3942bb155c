// Helpers shared by the experience e2e files (popup, copy, reader, options).
import type { Page } from 'puppeteer-core';
import type { Lectern } from './harness';

/** Kept for the experience suites; the harness itself now retries Firefox's navigation race. */
export function openExt(lectern: Lectern, path: string, selector: string): Promise<Page> {
  return lectern.openExtensionPage(path, selector);
}

/** Opens the harness's helper extension page (used by extEval/tabId) before a test needs it. */
export async function warmUp(lectern: Lectern): Promise<void> {
  await lectern.extEval(() => true);
}
