// The visible byline near the headline: [rel=author], [itemprop=author], .byline, .author,
// .signature… or a short "By X" / "Par X" line right after the h1. Returns raw strings; the
// cleaning (dates, roles, "Par", handles) happens in creators.ts.
import type { Candidate, RawCreator } from './candidates';
import { firstH1, inChrome, isBylineElement, isExplicitAuthor } from './dom-scan';


const PREFIXED = /^\s*(by|par|von|por|di|door|written by|texte|reportage)\s*[:\s]\s*\S/i;

function usable(el: Element): boolean {
  if (inChrome(el)) return false;
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

export function fromByline(doc: Document, headline: Element | null = firstH1(doc)): Candidate[] {
  const body = doc.body;
  if (!body) return [];
  // One static list and one loop: attribute selectors are slow in jsdom's engine (4 s over the bench
  // sample), so are live collections; positions are kept only for the candidates (no map of the page).
  const all = Array.from(body.querySelectorAll('*'));
  const found: Element[] = [];
  const position = new Map<Element, number>();
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all[i] as Element;
    // Attribute-less elements can only be <address>: skip the four attribute reads for them.
    if ((el.hasAttributes() || el.localName === 'address') && isBylineElement(el) && usable(el)) {
      found.push(el);
      position.set(el, i);
    }
  }
  const h1 = headline;
  const anchor = h1 ? Math.max(0, all.indexOf(h1)) : 0;
  const distance = (el: Element): number => Math.abs((position.get(el) ?? 0) - anchor);
  const out: Candidate[] = [];

  // Several itemprop/rel=author elements in the header = several authors (readability #153).
  const explicit = found.filter(isExplicitAuthor);
  const near = explicit.filter((el) => distance(el) <= 150 && !explicit.some((o) => o !== el && o.contains(el)));
  if (near.length) {
    const names: RawCreator[] = near.map((el) => ({ name: nameIn(el) })).filter((c) => c.name !== '');
    if (names.length) out.push({ field: 'authors', value: names, source: 'byline', from: 'byline' });
  }
  // Otherwise the outermost byline element closest to the headline: "By" and the name are
  // often separate children (<em>By</em> <a>Jane Doe</a>); creators.ts cleans the whole line.
  const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  outer.sort((a, b) => distance(a) - distance(b));
  // The three closest: when the nearest yields nothing after cleaning ("By" alone), the next is tried.
  for (const [i, el] of outer.slice(0, 3).entries()) {
    if (i > 0 && distance(el) > 60) break;
    out.push({ field: 'authors', value: [{ name: el.textContent ?? '' }], source: 'byline', from: 'byline' });
  }

  // A short "By X" / "Par X" line among the elements right after the h1.
  if (h1) {
    for (const el of all.slice(anchor + 1, anchor + 40)) {
      if (el.children.length > 2) continue;
      const text = (el.textContent ?? '').slice(0, 200).replace(/\s+/g, ' ').trim();
      if (text.length < 120 && PREFIXED.test(text) && usable(el)) {
        out.push({ field: 'authors', value: [{ name: text }], source: 'byline', from: 'byline:text' });
        break;
      }
    }
  }
  return out;
}
