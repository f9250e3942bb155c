// Figure and caption integrity after cleaning: an image stays with its caption or both go; a caption
// or photo-credit line whose image is gone is dropped (it reads as a stray sentence in the text).
import type { Removal } from '../types';
import { collapse } from './text';
import { neighboursOf, type RemovalAnchors } from '../clean/positions';

export const FIGURE_RULE = 'figure-integrity';

const MEDIA = 'img, picture, video, audio, iframe, object, embed, svg, canvas';
/** "Photo: Jane Doe/AFP", "© Reuters", "Crédit photo : …", "Foto: dpa" — short stand-alone lines. */
const CREDIT_LINE =
  /^(?:©|\(c\)\s|(?:photos?|fotos?|images?|bild(?:er)?|imagen|immagine|cr[ée]dits?(?:\s+photos?)?|credits?|illustration|zdj[eę]cie)\s*(?::|©|\/|\||by\s|courtesy\s|de\s|di\s|von\s))[^\n]{0,120}$/i;
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|credit|credits|legend|legende|bildunterschrift)(?:$|[\s_-])/i;
/** A class word that says the opposite: "no_caption", "without-credit" (BuzzFeed marks a story item
 *  holding its standfirst "no_caption"). */
const NEGATED_CAPTION = /(?:^|[\s_-])(?:no|without)[_-](?:caption|credit|credits|legend)(?=$|[\s_-])/gi;
/** Content of a figure that is not an image: a data table, a quotation, a code listing, a list. */
const FIGURE_CONTENT = 'table, blockquote, pre, ol, ul, dl';
/** Caption text never holds a heading: a box that does is a story item (its image lost to cleaning). */
const HEADING = 'h1, h2, h3, h4, h5, h6';

function captionClass(cls: string): boolean {
  return CAPTION_CLASS.test(cls) && CAPTION_CLASS.test(cls.replace(NEGATED_CAPTION, ' '));
}

function hasUsableImage(el: Element): boolean {
  for (const m of Array.from(el.querySelectorAll(MEDIA))) {
    if (m.localName !== 'img') return true;
    const src = (m.getAttribute('src') ?? '').trim();
    if ((src && !src.startsWith('data:image/gif')) || m.getAttribute('srcset')) return true;
  }
  return el.localName === 'img' && !!(el.getAttribute('src') ?? '').trim();
}

/** The sibling element beside el, past line breaks (<img><br><span class=caption>). */
function beside(el: Element, dir: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let s = el[dir];
  while (s && s.localName === 'br') s = s[dir];
  return s;
}

function nearImage(el: Element): boolean {
  const prev = beside(el, 'previousElementSibling');
  const next = beside(el, 'nextElementSibling');
  if ((prev && hasUsableImage(prev)) || (next && next.localName === 'img' && hasUsableImage(next))) return true;
  // Caption as the only text beside an image in a wrapper: <div><img><p class=caption>.
  const parent = el.parentElement;
  return !!parent && parent.children.length <= 3 && parent.querySelector(':scope > img, :scope > picture') !== null;
}

/** How many single-child wrappers a caption may sit in and still be beside its image. */
const MAX_CAPTION_WRAPPERS = 3;

/** A caption alone in its box (or boxes) right after the image's wrapper:
 *  <div><figure><img></figure></div><div class=caption><figcaption>… (The Verge). */
function wrappedNearImage(cap: Element, root: Element): boolean {
  let el = cap;
  for (let i = 0; i < MAX_CAPTION_WRAPPERS; i++) {
    const up = el.parentElement;
    if (!up || up === root || up.childElementCount !== 1) return false;
    el = up;
    if (nearImage(el)) return true;
  }
  return false;
}

function drop(el: Element, out: Removal[], root: Element, anchors?: Map<Removal, RemovalAnchors>): void {
  const text = collapse(el.textContent ?? '').slice(0, 500);
  if (text) {
    const removal: Removal = { rule: FIGURE_RULE, text, html: el.outerHTML.slice(0, 20_000) };
    out.push(removal);
    anchors?.set(removal, neighboursOf(el, root));
  }
  el.remove();
}

/** Characters of a caption candidate collapsed before its length is judged. */
const PREFIX = 600;

const CAPTION_TAGS = new Set(['figcaption', 'p', 'div', 'span', 'small', 'cite']);

interface Collected {
  figures: Element[];
  imgs: Element[];
  captions: { el: Element; cls: string }[];
}

/** One walk over the article: collect what the checks need (class read here, before stripping). */
function collect(root: Element): Collected {
  const out: Collected = { figures: [], imgs: [], captions: [] };
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    const name = el.localName;
    if (name === 'figure') out.figures.push(el);
    else if (name === 'img') out.imgs.push(el);
    else if (CAPTION_TAGS.has(name)) {
      const cls = el.getAttribute('class') ?? '';
      // Cheap pre-filter: a caption by name/class, or a small block that could be a credit line.
      if (name === 'figcaption' || captionClass(cls) || ((name === 'p' || name === 'div' || name === 'small') && el.childElementCount <= 4)) {
        out.captions.push({ el, cls });
      }
    }
  }
  return out;
}

/** `anchors` (optional) receives each removal's neighbours, for its restore position (clean/positions.ts). */
export function enforceFigureIntegrity(root: Element, anchors?: Map<Removal, RemovalAnchors>): Removal[] {
  const out: Removal[] = [];
  const { figures, imgs, captions } = collect(root);
  for (const fig of figures) {
    // HTML's <figure> also holds tables, quotations and code listings: those are article content.
    if (root.contains(fig) && !hasUsableImage(fig) && !fig.querySelector(FIGURE_CONTENT)) drop(fig, out, root, anchors);
  }
  // Images without any source (placeholders that no lazy attribute could fill) go, with their caption.
  for (const img of imgs) {
    if (!root.contains(img) || hasUsableImage(img)) continue;
    const next = img.nextElementSibling;
    if (next && (next.localName === 'figcaption' || captionClass(next.getAttribute('class') ?? ''))) drop(next, out, root, anchors);
    img.remove();
  }
  for (const { el: cap, cls } of captions) {
    if (!root.contains(cap)) continue;
    const isCaption = cap.localName === 'figcaption' || captionClass(cls);
    // Most candidates are article paragraphs, far over either limit: a collapsed prefix longer than the
    // limit proves it without collapsing the whole text (a prefix never collapses to more than the whole).
    const raw = cap.textContent ?? '';
    const head = collapse(raw.length > PREFIX ? raw.slice(0, PREFIX) : raw);
    if (head.length > (isCaption ? 400 : 140)) continue;
    const text = raw.length > PREFIX ? collapse(raw) : head;
    const isCredit = !isCaption && cap.localName !== 'span' && cap.localName !== 'cite' && text.length <= 140 && CREDIT_LINE.test(text);
    if (!((isCaption && text.length <= 400) || isCredit)) continue;
    if (cap.closest('figure') || cap.querySelector(MEDIA) || cap.querySelector(HEADING) || nearImage(cap) || wrappedNearImage(cap, root)) continue;
    drop(cap, out, root, anchors);
  }
  return out;
}
