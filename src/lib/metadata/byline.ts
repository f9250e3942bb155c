// The visible byline near the headline: [rel=author], [itemprop=author], .byline, .author,
// .signature… or a short "By X" / "Par X" line right after the h1. Returns raw strings; the
// cleaning (dates, roles, "Par", handles) happens in creators.ts.
import { blockText } from './block-text';
import { AUTHOR_PATH_SEGMENTS } from './byline-words';
import { alternation } from '../regexp';
import type { Candidate, RawCreator } from './candidates';
import { bodyOf, descendantCount, elementWalker } from '../extract/safe-dom';
import { around } from './around';
import { isAgency, nonAuthorCredits } from './creators';
import { CHROME_CLASS, CHROME_TAGS, firstH1, holdersOf, inChrome, isBylineElement, isExplicitAuthor } from './dom-scan';

// "記者林怡君／台中報導", "本报记者 李明": the Chinese reporter's title runs into the name, no separator.
const PREFIXED = /^\s*(?:(by|par|von|por|di|door|af|av|written by|posted by|texte|reportage|tekst|texto|text|autor|auteur|autore|author|текст|автор|γράφει|napisał[a]?|írta|yazan|著者|作者|文|記者|글)\s*[:：\s]\s*\S|【?(?:本報|本报)?(?:記者|记者)[\u4e00-\u9fff]{2,4}\s*[/／])/iu;

/** "〔記者林佳蓉、張育誠／台中報導〕", "【記者 王小明/台北報導】": Taiwanese papers open the lede with the credit. */
const LEDE_CREDIT = /^[〔【\[（(]\s*((?:本報|本报)?(?:記者|记者)\s*[\u4e00-\u9fff、，,\s]{2,30}?)\s*[/／]/u;

/** "【ワシントン＝山本彩香】", "（大阪＝佐藤健）": Japanese papers open the lede with the place filed from and the
 *  reporter, joined by "＝". */
const JA_DATELINE = /^[【［\[（(]\s*[\u3040-\u30ff\u3400-\u9fff・]{1,12}\s*[＝=]\s*([\u3040-\u30ff\u3400-\u9fff\s\u3000]{2,12}?)\s*[】］\]）)]/u;

/** Whether el sits in a list item that links to another story: a "related" or "most read" teaser. */
function inTeaserList(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (a.localName === 'li') {
      for (const link of Array.from(a.getElementsByTagName('a'))) if ((link.textContent ?? '').trim().length > 25) return true;
      return false;
    }
    if (a.localName === 'article' || a.localName === 'main' || a.localName === 'body') return false;
  }
  return false;
}

/** Profile paths of authors ("/author/jane-doe", "/autor/katrin-behrendt", "/auteurs/…", "/yazar/…"). */
const AUTHOR_PATH = new RegExp(`/(?:${alternation(AUTHOR_PATH_SEGMENTS)})/[^/?#\\s]+`, 'i');
/** "Quelle: dpa", "Source : AFP", "Fuente: EFE": a source line naming the agency whose story it is. */
const SOURCE_LINE = /^(?:quelle|source|fuente|fonte|źródło|zdroj|bron|kilde|källa|lähde|forrás|kaynak|sursa|izvor|πηγή|источник)\s*[:：]\s*([\p{L}][\p{L} /.-]{0,40}?)\s*$/iu;
/** "Bremen/Hannover (dpa) - …", "PARÍS (EFE).– …": the dateline opening an agency's story. */
const DATELINE = /^[\p{Lu}][\p{L}\p{M}/ .'’-]{1,40}?\s*\(\s*([\p{L}][\p{L}/ .-]{0,20}?)\s*\)\s*[.,]?\s*[-–—:]/u;

/** "PTI | Hyderabad", "ANSA · Roma": the meta row crediting the agency, then the place or the date. */
const CREDIT_ROW = /^([\p{L}][\p{L}/ .-]{1,24}?)\s*[|•·]\s*\S/u;

/**
 * The agency whose story the page runs, from a source line or the lede's dateline next to the headline:
 * the credit a citation names when no person is (ranked after every byline).
 */
function agencyCredit(scan: NonNullable<ReturnType<typeof around>>, holders: ReadonlySet<Element>): RawCreator[] {
  for (let d = 1; d <= 40; d++) {
    const el = scan.at(d);
    if (!el || inChrome(el, holders)) continue;
    if (el.childElementCount > 3) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 2000) continue;
    const m = (text.length <= 60 ? SOURCE_LINE.exec(text) : null) ?? DATELINE.exec(text) ?? (text.length <= 60 ? CREDIT_ROW.exec(text) : null);
    const names = m?.[1]?.split(/\s*\/\s*/) ?? [];
    if (names.length && names.every(isAgency)) return names.map((name) => ({ name, kind: 'organization' as const }));
  }
  return [];
}

/** How near the headline an author link counts (elements before, after): the byline row, not the sidebar. */
const LINK_BEFORE = 20;
const LINK_AFTER = 45;

/** Author profile links next to the headline, outside chrome: their texts are the names. */
function authorLinks(scan: NonNullable<ReturnType<typeof around>>, holders: ReadonlySet<Element>): RawCreator[] {
  const names: RawCreator[] = [];
  const seen = new Set<string>();
  for (let d = -LINK_BEFORE; d <= LINK_AFTER; d++) {
    const el = scan.at(d);
    if (!el || el.localName !== 'a' || inChrome(el, holders)) continue;
    const href = el.getAttribute('href') ?? '';
    if (!AUTHOR_PATH.test(href)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 2 || text.length > 60 || /\d/.test(text) || seen.has(text)) continue;
    seen.add(text);
    names.push({ name: text });
  }
  return names;
}

function usable(el: Element, holders: ReadonlySet<Element>): boolean {
  if (inChrome(el, holders)) return false;
  const raw = el.textContent ?? '';
  if (raw.length > 3000) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length >= 2 && text.length <= 300 && !/©|\bcopyright\b|\bprivacy\b|\bcookies?\b/i.test(text);
}

/** The first descendant with itemprop="name" (exact, as the selector would match), without one. */
function itemName(el: Element): Element | null {
  for (const c of Array.from(el.querySelectorAll('*'))) if (c.getAttribute('itemprop') === 'name') return c;
  return null;
}

function nameIn(el: Element): string {
  const inner = itemName(el);
  return (inner?.getAttribute('content') ?? inner?.textContent ?? el.getAttribute('content') ?? el.textContent ?? '').trim();
}

/** A list of the writer's other stories ("이서연 기자의 다른 기사" over links, "More by Jane Doe"): not a byline. */
function holdsStoryList(el: Element): boolean {
  let linked = 0;
  for (const li of Array.from(el.getElementsByTagName('li'))) if (li.getElementsByTagName('a').length && ++linked >= 2) return true;
  return false;
}

/** A usable byline element. Attribute-less elements can only be <address>: no attribute reads for them. */
function byline(el: Element, holders: ReadonlySet<Element>): boolean {
  return (el.hasAttributes() || el.localName === 'address') && isBylineElement(el) && usable(el, holders) && !holdsStoryList(el);
}

/**
 * The byline element without a byline ancestor (`isOuter` tests that, and usability, for byline
 * elements) closest to `anchor` in document order, the earlier one on a tie: the last one before the
 * anchor, unless one after it is strictly closer. The walk stops as soon as it is known, and steps over
 * the subtrees inChrome() rejects by tag or class (nothing in them is usable), counting their elements
 * natively so that positions stay those of `body.querySelectorAll('*')`.
 */
function closest(doc: Document, body: Element, anchor: Element, isOuter: (el: Element) => boolean): Element | null {
  const walker = elementWalker(doc, body);
  const holdsAnchor = new Set<Node>();
  walker.currentNode = anchor;
  for (let a = walker.parentNode(); a && a !== body; a = walker.parentNode()) holdsAnchor.add(a);
  walker.currentNode = body;
  let best: Element | null = null;
  let bestPos = 0;
  let anchorPos = -1;
  for (let p = 0, n = walker.nextNode(); n; ) {
    const el = n as Element;
    if (anchorPos < 0 && el === anchor) anchorPos = p;
    if (anchorPos >= 0 && best && p - anchorPos >= anchorPos - bestPos) break;
    // What byline() tests, with the tag and class read once and shared with the chrome test.
    const tag = el.tagName;
    let chrome = CHROME_TAGS.has(tag);
    let match = false;
    if (!chrome && el.hasAttributes()) {
      const cls = el.getAttribute('class');
      chrome = !!cls && CHROME_CLASS.test(cls);
      match = !chrome && isBylineElement(el, tag, cls) && isOuter(el);
    } else if (!chrome) {
      match = tag === 'ADDRESS' && el.localName === 'address' && isOuter(el);
    }
    if (match) {
      if (anchorPos >= 0) return el;
      best = el;
      bestPos = p;
    }
    if (chrome && !holdsAnchor.has(el)) {
      p += 1 + descendantCount(el);
      n = nextOutside(walker, el);
    } else {
      p++;
      n = walker.nextNode();
    }
  }
  return best;
}

/** The first element after el and its descendants (the walker is left on it). */
function nextOutside(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** The author profile links by the headline (none without a headline): cheap, read on every page. */
export function authorLinksNear(doc: Document, headline: Element | null): RawCreator[] {
  const scan = scanFrom(doc, headline);
  return scan ? authorLinks(scan, holdersOf(headline)) : [];
}

/** The body's elements read outward from the headline (none without one). */
function scanFrom(doc: Document, headline: Element | null): ReturnType<typeof around> {
  const body = bodyOf(doc);
  return body && headline ? around(doc, body, headline) : null;
}

/**
 * Credit lines by the headline that name someone who did not write the story ("ภาพ: อนุชา แก้วมณี",
 * "| Editor Dewi Kartika Sari", "Foto: …"), for checking structured authors against (byline-reconcile.ts):
 * a CMS lists its photographer and editor among the authors. Never authors themselves.
 */
export function creditLinesNear(doc: Document, headline: Element | null): Candidate[] {
  const scan = scanFrom(doc, headline);
  if (!scan) return [];
  const holders = holdersOf(headline);
  const out: Candidate[] = [];
  for (let d = -10; d <= 40; d++) {
    const el = scan.at(d);
    if (!el || el.childElementCount > 3 || (el.textContent ?? '').length > 400 || inChrome(el, holders)) continue;
    const text = blockText(el);
    if (!text || text.length > 160 || !nonAuthorCredits(text)) continue;
    out.push({ field: 'authors', value: [{ name: text }], source: 'byline', from: 'byline:credit' });
  }
  return out;
}

/** Explicit authors farther than this from the headline are ignored; other bylines past it are a last resort. */
const NEAR = 150;

export interface BylineScan {
  /** Only the bylines near the headline: no walk of the whole page for a distant one. */
  nearOnly?: boolean;
}

export function fromByline(doc: Document, headline: Element | null = firstH1(doc), opts: BylineScan = {}): Candidate[] {
  const body = bodyOf(doc); // via the prototype: <img name="body"> must not hide the bylines (F8)
  if (!body) return [];
  // Positions are counted in `body.querySelectorAll('*')` order from the headline (or from the first
  // element when the headline is not in the body), but only the elements near it are read.
  const scan = around(doc, body, headline);
  if (!scan) return [];
  const memo = new Map<Element, boolean>();
  const holders = holdersOf(headline);
  const isFound = (el: Element): boolean => {
    let v = memo.get(el);
    if (v === undefined) {
      v = byline(el, holders);
      memo.set(el, v);
    }
    return v;
  };
  // An explicit author is a byline element by definition: found = usable.
  const isExplicitFound = (el: Element): boolean => isExplicitAuthor(el) && isFound(el);
  // Found elements within NEAR of the anchor, in document order, with their signed distance.
  const window: { el: Element; d: number }[] = [];
  for (let d = -NEAR; d <= NEAR; d++) {
    const el = scan.at(d);
    if (el && isFound(el)) window.push({ el, d });
  }
  const out: Candidate[] = [];

  // Several itemprop/rel=author elements in the header = several authors (readability #153).
  // An explicit author inside another one (wherever that one starts) is part of it.
  const near = window.filter(({ el }) => isExplicitAuthor(el) && !scan.someAncestor(el, isExplicitFound));
  if (near.length) {
    const names: RawCreator[] = near.map(({ el }) => ({ name: nameIn(el) })).filter((c) => c.name !== '');
    if (names.length) out.push({ field: 'authors', value: names, source: 'byline', from: 'byline' });
  }
  // Author profile links by the headline name the authors exactly, whatever the classes say.
  const links = authorLinks(scan, holders);
  if (links.length) out.push({ field: 'authors', value: links, source: 'byline', from: 'byline:author-link' });
  // Otherwise the outermost byline element closest to the headline: "By" and the name are
  // often separate children (<em>By</em> <a>Jane Doe</a>); creators.ts cleans the whole line.
  const outer = window.filter(({ el }) => !scan.someAncestor(el, isFound));
  outer.sort((a, b) => Math.abs(a.d) - Math.abs(b.d)); // stable: on a tie the earlier element first
  // The three closest: when the nearest yields nothing after cleaning ("By" alone), the next is tried.
  for (const [i, { el, d }] of outer.slice(0, 3).entries()) {
    if (i > 0 && Math.abs(d) > 60) break;
    out.push({ field: 'authors', value: [{ name: blockText(el) }], source: 'byline', from: 'byline' });
  }
  // None near: the closest one at any distance, found in one forward walk (most pages have none).
  if (!outer.length && !opts.nearOnly) {
    const isOuter = (el: Element): boolean => usable(el, holders) && !scan.someAncestor(el, isFound);
    const el = closest(doc, body, scan.at(0) as Element, isOuter);
    if (el) out.push({ field: 'authors', value: [{ name: blockText(el) }], source: 'byline', from: 'byline' });
  }

  // Short "By X" / "Par X" lines among the elements right after the h1, and a reporter's credit that
  // opens the lede ("〔記者林佳蓉／台中報導〕…"). Up to three, in order: when the first names only the
  // newsroom ("by Web Desk" in the meta row), the "By Ngozi Eze-Ibekwe" line atop the body comes next.
  if (headline) {
    let found = 0;
    const seen = new Set<string>();
    for (let d = 1; d < 40 && found < 3; d++) {
      const el = scan.at(d);
      if (!el) break;
      if (el.children.length > 2 || inTeaserList(el)) continue;
      // Lines as shown: a <br> between the name and the date ("By Elsa Martinez<br>May 5, 2014") ends
      // the name, where textContent glued them ("Elsa MartinezMay"). Short lines only: a lede is read whole.
      const flat = (el.textContent ?? '').slice(0, 200).replace(/\s+/g, ' ').trim();
      const text = flat.length < 120 ? blockText(el).slice(0, 200) : flat;
      const lede = LEDE_CREDIT.exec(flat)?.[1] ?? JA_DATELINE.exec(flat)?.[1];
      const line = flat.length < 120 && PREFIXED.test(text) ? text : lede;
      if (!line || seen.has(line) || !usable(el, holders)) continue;
      seen.add(line);
      found++;
      out.push({ field: 'authors', value: [{ name: line }], source: 'byline', from: 'byline:text' });
    }
  }
  // Last: the agency named by a source line or the dateline, for pages that name no person.
  const agency = agencyCredit(scan, holders);
  if (agency.length) out.push({ field: 'authors', value: agency, source: 'byline', from: 'byline:agency' });
  return out;
}
