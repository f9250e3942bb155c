// Text hygiene shared by metadata and citation writers (SECURITY.md D5, D6).
// Page strings end up in BibTeX/RIS files, terminals and clipboards, so every value
// is reduced to one line of visible text before anyone else sees it.

/** Line and paragraph breaks of every flavour: become a space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** C0 and C1 controls (after breaks were turned into spaces) and DEL. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * Invisible direction controls (LRM/RLM/ALM, embeddings, overrides, isolates) plus
 * ZWSP, word joiner and BOM. ZWJ (U+200D) and ZWNJ (U+200C) are kept on purpose:
 * Persian, Indic scripts and emoji need them.
 */
const INVISIBLES = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Remove controls and invisible direction marks, NFC, without touching whitespace runs. */
export function stripUnsafe(s: string): string {
  return s.replace(BREAKS, ' ').replace(CONTROLS, '').replace(INVISIBLES, '').normalize('NFC');
}

/** True when the string still holds something stripUnsafe would remove. */
export function hasUnsafe(s: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/.test(
    s,
  );
}

/**
 * One clean line of text: controls and bidi overrides removed, NFC, whitespace
 * (including NBSP) collapsed and trimmed, capped at `max` code points with an ellipsis.
 */
export function cleanText(s: unknown, max = 1000): string {
  if (typeof s !== 'string') return '';
  const one = stripUnsafe(s).replace(/[\s\u00a0]+/g, ' ').trim();
  return capText(one, max);
}

/** Cap at `max` code points (not UTF-16 units, so no half surrogate pair), adding "…". */
export function capText(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  return chars.slice(0, Math.max(0, max - 1)).join('').trimEnd() + '…';
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'",
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…',
};

/**
 * Decode one level of HTML entities in text that came from JSON-LD or attributes where
 * sites double-escape ("&amp;eacute;"). Numeric entities outside Unicode are dropped.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8}|#39);/gi, (m, body: string) => {
    const b = body.toLowerCase();
    if (b.startsWith('#')) {
      const n = b[1] === 'x' ? parseInt(b.slice(2), 16) : parseInt(b.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '';
    }
    return ENTITIES[b] ?? m;
  });
}

/** Drop markup that leaked into a metadata value ("<b>Jane</b>"): metadata is text only. */
export function stripTags(s: string): string {
  return s.replace(/<\/?[a-zA-Z][^<>]*>/g, ' ');
}

/** Escape text for inclusion in HTML built as a string (text nodes and quoted attributes). */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
