// The CSL locale files packaged with the extension (csl-locales/locales-<id>.xml, copied from
// lib/citation/styles/locales by scripts/build.mjs), read when a citation needs one: the citation
// code carries en-US only (issue 18). The popup and the worker read their own package with fetch:
// same origin, so connect-src 'self' allows it and nothing is exposed to web pages (no
// web_accessible_resources). A page script never reads them: the worker passes them along.
import browser from './browser';

/** Where scripts/build.mjs puts the locale files in the package. */
export const CSL_LOCALE_DIR = 'csl-locales';

const LOCALE_ID = /^[a-z]{2,3}-[A-Z]{2}$/;

export const cslLocalePath = (id: string): string => `${CSL_LOCALE_DIR}/locales-${id}.xml`;

/** {id: xml} for each id (ids from lib/citation `localesFor`); rejects when one cannot be read. */
export async function loadCslLocales(ids: readonly string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(ids.map(async (id): Promise<[string, string]> => {
    if (!LOCALE_ID.test(id)) throw new Error(`not a CSL locale id: ${id}`);
    const res = await fetch(browser.runtime.getURL(cslLocalePath(id)));
    if (!res.ok) throw new Error(`CSL locale ${id}: HTTP ${res.status}`);
    return [id, await res.text()];
  }));
  return Object.fromEntries(entries);
}
