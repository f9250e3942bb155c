// Title hygiene (SECURITY.md D5): text only, NFC, whitespace collapsed, "Title | Site" suffix
// (or "Site | Title" prefix) removed when the site is known, capped at 1,000 characters.
import { cleanText, decodeEntities, stripTags } from '../text-safety';
import { looseKey } from './creators';

export const MAX_TITLE = 1000;
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' » ', ' / ', ': '];

export function cleanTitle(raw: string, siteName?: string): string {
  let t = cleanText(stripTags(decodeEntities(raw)), 20_000);
  if (siteName) {
    const site = looseKey(siteName);
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
  }
  return cleanText(t, MAX_TITLE);
}
