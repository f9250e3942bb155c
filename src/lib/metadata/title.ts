// Title hygiene (SECURITY.md D5): text only, NFC, whitespace collapsed, "Title | Site" suffix
// (or "Site | Title" prefix) removed when the site is known, capped at 1,000 characters.
import { cleanText, decodeEntities, stripTags } from '../text-safety';
import { looseKey } from './creators';

export const MAX_TITLE = 1000;
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' » ', ' / ', ': '];

export function cleanTitle(raw: string, siteName?: string | readonly string[]): string {
  let t = cleanText(stripTags(decodeEntities(raw)), 20_000);
  const sites = (typeof siteName === 'string' ? [siteName] : (siteName ?? [])).map(looseKey).filter(Boolean);
  for (const site of sites) {
    const before = t;
    for (const sep of SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i > 0 && looseKey(t.slice(i + sep.length)) === site) {
        t = t.slice(0, i).trim();
        break;
      }
      const j = t.indexOf(sep);
      if (j > 0 && looseKey(t.slice(0, j)) === site && t.length - j > 10) {
        t = t.slice(j + sep.length).trim();
        break;
      }
    }
    if (t !== before) break;
  }
  return cleanText(t, MAX_TITLE);
}

const DOC_SEP = / [|\-–—\\/>»·] /;

/**
 * The document <title> when nothing better exists: Readability's heuristic — if the headline
 * (h1) is one side of a separator, keep the h1; else cut the last " | Site"-like segment when
 * at least three words remain.
 */
export function trimDocTitle(raw: string, h1: string | undefined): string {
  const t = cleanText(raw, 20_000);
  if (!DOC_SEP.test(t)) return t;
  const h = h1 ? looseKey(h1) : '';
  if (h && looseKey(t).startsWith(h) && h.length > 0.3 * looseKey(t).length) return cleanText(h1 ?? '', 20_000);
  const parts = t.split(DOC_SEP);
  const head = parts.slice(0, -1).join(' | ');
  const cut = t.slice(0, t.length - (parts[parts.length - 1] ?? '').length).replace(/\s*[|\-–—\\/>»·]\s*$/, '');
  return head.split(' ').length >= 3 ? cut : t;
}
