// The headline of a page that marks none: no <h1> (or only the masthead's), no declared title that
// matches a line (headline-anchor.ts). Old table layouts and hand-made sites set it in a cell, a
// <font size="5"> or a bold line just above the story: the nearest short line before the body's first
// paragraph that is set as a heading (a heading tag, bold type, a large font, a class that says
// headline or title in some language) and reads as a headline, not as a date, a byline or a label.
import { bodyOf } from '../extract/safe-dom';
import { bodyContainer } from './end-byline';
import { elementText, elementsByTag, inChrome } from './dom-scan';
import { UNSPACED } from './displayed-title';
import { parseTextDate } from './text-date';

/** How many elements before the body a headline may stand (the byline and date rows between). */
const REACH = 60;
const MIN_LEN = 12;
const MAX_LEN = 220;
/** Class words of a headline cell or line, in the languages sites are written in. */
const HEADLINE_CLASS = /head|title|titre|titulo|título|titolo|titel|kop|overskrift|rubrik|otsikko|nadpis|tytul|tytuł|baslik|başlık|заголов/i;
/** A byline or date line: not the headline (its words are for text-date.ts and byline.ts). */
const NOT_HEADLINE = /^\s*(?:by|par|von|por|di|door|av|af|posted|published|publié|publicado|updated|mis à jour|photo|foto)\b|\d{1,2}[:h.]\d{2}\b|\b(?:19|20)\d{2}\b|©/iu;

const text = elementText;

/** A deck or standfirst under the headline, set in smaller or italic type. */
const DECK_CLASS = /sub-?head|deck|dek|standfirst|summary|chapo|chapeau|lead|intro|teaser|kicker|surtitre/i;

function setAsHeading(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'i' || tag === 'em' || DECK_CLASS.test(el.getAttribute('class') ?? '')) return false;
  if (/^h[2-4]$/.test(tag) || tag === 'b' || tag === 'strong') return true;
  if (tag === 'font' && Number(el.getAttribute('size') ?? '0') >= 4) return true;
  if (HEADLINE_CLASS.test(el.getAttribute('class') ?? '')) return true;
  // A cell or line whose whole text is bold or large type.
  const inner = el.firstElementChild;
  return !!inner && el.childElementCount === 1 && text(inner) === text(el) && setAsHeading(inner);
}

function readsAsHeadline(t: string): boolean {
  if (t.length < MIN_LEN || t.length > MAX_LEN || NOT_HEADLINE.test(t) || /[.]$/.test(t) && t.split(' ').length > 25) return false;
  return UNSPACED.test(t) || t.split(' ').length >= 4;
}

const MAIN_SHARE = 0.5;
/** Text in an element's long paragraphs (over 80 characters), as bodyContainer counts them. */
function paraText(el: Element): number {
  let n = 0;
  for (const p of elementsByTag(el, 'p')) {
    const len = text(p).length;
    if (len > 80) n += len;
  }
  return n;
}

/** A byline or a date line among the few elements around the headline (the date may stand above it). */
const CREDIT = /^\s*(?:by|par|von|por|door|av|af|di|od|przez|tekst|texto|text|автор|текст)\s+\p{Lu}/iu;
function creditNear(all: readonly Element[], at: number): boolean {
  for (let i = Math.max(0, at - 3); i < all.length && i <= at + 12; i++) {
    if (i === at) continue;
    const t = text(all[i] as Element);
    if (t.length > 0 && t.length <= 160 && (CREDIT.test(t) || parseTextDate(t) !== undefined)) return true;
  }
  return false;
}

/** Most text an element holds in its own text nodes; with no <p> at all (lines broken by <br>),
 *  the element holding the story's text. */
const MIN_PROSE = 400;
function proseHolder(body: Element): Element | null {
  let best: Element | null = null;
  let most = MIN_PROSE;
  for (const el of elementsByTag(body, '*')) {
    let own = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) own += (n.textContent ?? '').trim().length;
    if (own > most) { most = own; best = el; }
  }
  return best;
}

/** The element set as the story's headline just above its body, or null. */
export function setHeadline(doc: Document): Element | null {
  const body = bodyOf(doc);
  if (!body) return null;
  const box = bodyContainer(body, null);
  // The story's paragraphs sit together under one element: on a page whose paragraphs are spread
  // over many blocks (a news app's story split in sections, teasers between), the nearest bold line
  // above the largest block is a teaser's (readability's nytimes-5), not the headline.
  if (box && paraText(box) < MAIN_SHARE * paraText(body)) return null;
  const first = box ? Array.from(box.children).find((c) => c.localName === 'p' && text(c).length > 80) ?? box : proseHolder(body);
  if (!first) return null;
  const all = elementsByTag(body, '*');
  const at = all.indexOf(first);
  if (at < 0) return null;
  for (let i = at - 1; i >= 0 && i >= at - REACH; i--) {
    const el = all[i] as Element;
    // Not a list's bullet: a tabloid's summary points are bold lines above the body too.
    if (el.contains(first) || el.childElementCount > 3 || inChrome(el) || el.closest('li')) continue;
    const t = text(el);
    if (!readsAsHeadline(t) || !setAsHeading(el)) continue;
    // A story's headline has its byline or date beside it (a blog's tagline, a section's note none).
    if (!creditNear(all, i)) continue;
    // The outermost element of the same text (<td><font><b>Headline</b></font></td>) is the line.
    let line = el;
    while (line.parentElement && line.parentElement !== body && text(line.parentElement) === t) line = line.parentElement;
    return line;
  }
  return null;
}
