// Completeness check: Readability sometimes starts the article one paragraph late (a lede or
// standfirst in a sibling container). We compare the output with what the page itself says its
// article starts with — JSON-LD articleBody/description and the visible paragraphs just before the
// first extracted one — and put a missing lede back, as text, with a note.
import type { Removal } from '../types';
import { byTag, query } from './safe-dom';
import { collapse } from './text';

const ARTICLE_ZONE = 'article, main, [role="main"]';
const BODY_MARK = '[itemprop~="articleBody"]';
// Author boxes ("Autoreninfo … leitet das Ressort") sit between headline and text on some sites: a
// paragraph inside one is a bio, never the lede.
const NOT_LEDE = 'aside, nav, footer, figure, figcaption, blockquote, li, form, [hidden], [aria-hidden="true"], ' +
  '[class*="author" i], [class*="byline" i]';
const PROBE = 60; // characters compared: enough to be unique, short enough to survive edits
const MAX_LEDE_PARAS = 2;
const LEDE_TAGS = 'p, h2, h3, h4, h5, h6';
/** A heading this long is a standfirst set as a heading: no headline or subhead runs this long. */
const MIN_HEADING_LEDE = 140;

export interface LedeRecovery {
  paragraphs: string[];
  notes: string[];
}

/** Lower-case, straight quotes, collapsed whitespace: the comparison form of a text. */
export function norm(s: string): string {
  return collapse(s).toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"');
}

/** norm(s).slice(0, PROBE), from a prefix of s when that is enough: norm of a prefix agrees with the
 *  norm of the whole on every character but its last (collapse only trims at the end; lower-casing is
 *  per character except a final sigma), and most paragraphs asked about are never the anchor. */
export function probe(s: string): string {
  if (s.length > PROBE * 4) {
    const head = norm(s.slice(0, PROBE * 4));
    if (head.length > PROBE) return head.slice(0, PROBE);
  }
  return norm(s).slice(0, PROBE);
}

/** articleBody / description from the page's JSON-LD (capped, malformed JSON ignored). */
export function jsonLdTexts(doc: Document): string[] {
  const texts: string[] = [];
  const scripts = byTag(doc, 'script');
  for (let i = 0, used = 0; i < scripts.length && used < 8; i++) {
    if (scripts[i]?.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    used++;
    const raw = scripts[i]?.textContent ?? '';
    if (raw.length > 1_000_000 || !/articleBody|description/.test(raw)) continue;
    try {
      const stack: unknown[] = [JSON.parse(raw)];
      for (let n = 0; stack.length && n < 200; n++) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v.slice(0, 50));
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          for (const k of ['articleBody', 'description']) if (typeof o[k] === 'string') texts.push(o[k]);
          if (o['@graph']) stack.push(o['@graph']);
        }
      }
    } catch {
      // malformed JSON-LD: nothing to compare with (SECURITY.md G6)
    }
  }
  return texts;
}

function linkDensity(el: Element, textLen: number): number {
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += collapse(a.textContent ?? '').length;
  return textLen ? links / textLen : 1;
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
}

/**
 * Paragraphs of the ORIGINAL page (read-only) that open the article but are missing from the output.
 * Only candidates in the same article zone, after the headline, before the first extracted paragraph,
 * not removed by a cleaning rule, and either long prose or confirmed by JSON-LD are recovered.
 */
export function findMissingLede(doc: Document, outputParas: readonly string[], removed: readonly Removal[]): LedeRecovery {
  const none: LedeRecovery = { paragraphs: [], notes: [] };
  const firstOut = outputParas.find((p) => p.length >= 80);
  if (!firstOut) return none;
  let outText: string | undefined; // the whole article, normalised only if a candidate gets that far
  const firstProbe = probe(firstOut);
  const pageParas = Array.from(byTag(doc, 'p'));
  const anchor = pageParas.find((p) => probe(p.textContent ?? '') === firstProbe);
  if (!anchor) return none;
  // The article around the body, not the body itself: a standfirst sits in the article's header,
  // beside the headline, outside the element marked articleBody (blind round 8: four pages).
  const zone = anchor.closest(ARTICLE_ZONE) ?? anchor.closest(BODY_MARK) ?? anchor.parentElement?.parentElement ?? null;
  if (!zone) return none;
  const h1 = zone.querySelector('h1') ?? query(doc, 'h1');
  const ld = jsonLdTexts(doc).map(norm);
  const removedProbes = removed.map((r) => probe(r.text));

  const found: string[] = [];
  // Headings too: page builders set a standfirst as a heading (long prose, never a title).
  for (const p of Array.from(zone.querySelectorAll(LEDE_TAGS))) {
    if (p === anchor || !precedes(p, anchor)) break;
    if (h1 && !precedes(h1, p)) continue;
    if (p.closest(NOT_LEDE)) continue;
    const text = collapse(p.textContent ?? '');
    const pr = probe(text);
    if (text.length < (p.localName === 'p' ? 60 : MIN_HEADING_LEDE) || (outText ??= norm(outputParas.join('\n'))).includes(pr)) continue;
    if (removedProbes.some((r) => r && (r.startsWith(pr.slice(0, 30)) || pr.startsWith(r.slice(0, 30))))) continue;
    if (linkDensity(p, text.length) > 0.3) continue;
    const confirmed = ld.some((t) => t.includes(pr));
    const prose = text.length >= 100 && /[.!?…。»"”]\s*$|[.!?…]\s/.test(text);
    if (confirmed || (prose && h1)) found.push(text);
  }
  const paragraphs = found.slice(-MAX_LEDE_PARAS);
  return {
    paragraphs,
    notes: paragraphs.map((t) => `recovered-lede: the page's opening paragraph was missing and was restored ("${t.slice(0, 80)}…")`),
  };
}
