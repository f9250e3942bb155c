// The headline element of a page without <h1> (old table layouts: <font size="5"><b>…</b></font>; CMS
// themes that set the title in an <h2> or a styled <div>). The page's declared titles say what the
// headline reads (og:title, <title> without its site suffix); the first visible element outside chrome
// whose text is that title is where it stands. It anchors the byline and text-date scans and is the
// displayed title, as an <h1> would be.
import type { MetaMap } from './candidates';
import { bodyOf } from '../extract/safe-dom';
import { elementsByTag, inChrome } from './dom-scan';
import { looseKey as key, UNSPACED } from './displayed-title';

/** Where a site's name is set off in <title>: "Headline | Site", "Headline - Site", "Site :: Headline". */
const TITLE_SEP = /\s+[|\-–—:·•»]{1,2}\s+/u;
/** Tags a headline is set in when it is not an <h1>. */
const TAGS = ['h2', 'h3', 'b', 'strong', 'font', 'div', 'span', 'p', 'td', 'a'];
/** Elements read: a headline sits near the top of the body. */
const MAX_READ = 3000;

/** The titles the page declares, with and without a site part, as comparison keys of 12+ characters. */
function titleKeys(doc: Document, meta: MetaMap): Set<string> {
  const out = new Set<string>();
  for (const t of [meta.get('og:title')?.[0], meta.get('twitter:title')?.[0], doc.title]) {
    if (!t) continue;
    // "Talbote: Land gibt grünes Licht…": a site name glued to its colon is a prefix too.
    for (const part of [t, ...t.split(TITLE_SEP), ...t.split(/(?<=\S)[:：]\s+/u)]) {
      const k = key(part);
      if (k.length >= 12) out.add(k);
    }
  }
  return out;
}

export function headlineAnchor(doc: Document, meta: MetaMap): Element | null {
  const body = bodyOf(doc);
  if (!body) return null;
  const keys = titleKeys(doc, meta);
  if (!keys.size) return null;
  let read = 0;
  for (const el of elementsByTag(body, '*')) {
    if (++read > MAX_READ) break;
    if (!TAGS.includes(el.localName) || el.childElementCount > 3) continue;
    const text = el.textContent ?? '';
    if (text.length < 12 || text.length > 400) continue;
    // A headline is words: not a document id ("draft-dejong-remotestorage-04"). Unspaced scripts aside.
    if (!UNSPACED.test(text) && text.trim().split(/\s+/).length < 4) continue;
    const k = key(text);
    // The declared title may be the headline's first words ("… :: Lawinenwarnstufe vier" over
    // "Lawinenwarnstufe vier: Mehrere Skigebiete gesperrt").
    const shows = keys.has(k) || [...keys].some((t) => k.startsWith(t) && k.length <= t.length * 4);
    if (shows && !inChrome(el)) {
      // The outermost element of the same text (<font><b>Headline</b></font>) is the line.
      let line = el;
      while (line.parentElement && line.parentElement !== body && key(line.parentElement.textContent ?? '') === key(text)) line = line.parentElement;
      return line;
    }
  }
  return null;
}
