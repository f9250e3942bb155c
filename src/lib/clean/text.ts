// Text helpers for the cleaner. Everything is linear in the input: one regex pass with a single
// character class (no nesting, no backtracking) and plain substring tests (SECURITY.md G3).

/** Longest text we ever normalise for one block; longer blocks are never removal candidates anyway. */
export const MAX_TEXT = 4000;

const SPACES = /\s+/g;
// Anything that is not a letter, digit or '@' separates words; apostrophes and hyphens included,
// so "soutenez-nous" and "l'article" become "soutenez nous" and "l article" on both sides.
const NON_WORD = /[^\p{L}\p{N}@€$£%]+/gu;

/** Whitespace-collapsed text, capped. */
export function collapse(s: string, cap = MAX_TEXT): string {
  const cut = s.length > cap * 2 ? s.slice(0, cap * 2) : s;
  const out = cut.replace(SPACES, ' ').trim();
  return out.length > cap ? out.slice(0, cap) : out;
}

/** Lower-cased words separated by single spaces and padded with one space on each side. */
export function normalize(s: string): string {
  const cut = s.length > MAX_TEXT * 2 ? s.slice(0, MAX_TEXT * 2) : s;
  return ' ' + cut.toLowerCase().replace(NON_WORD, ' ').trim() + ' ';
}

/**
 * Compiles a phrase list for `hasPhrase`. A phrase matches whole words; a trailing `*` makes its
 * last word a prefix ("abonn*" matches "abonnez", "abonnement").
 */
export function phrases(list: readonly string[]): readonly string[] {
  return list.map((p) => {
    const prefix = p.endsWith('*');
    const n = normalize(prefix ? p.slice(0, -1) : p);
    return prefix ? n.slice(0, -1) : n;
  });
}

/** Whether the normalised text holds one of the compiled phrases. */
export function hasPhrase(norm: string, list: readonly string[]): boolean {
  for (const p of list) if (norm.includes(p)) return true;
  return false;
}

/** How many distinct compiled phrases occur (capped, we only need small counts). */
export function countPhrases(norm: string, list: readonly string[], cap = 4): number {
  let n = 0;
  for (const p of list) if (norm.includes(p) && ++n >= cap) break;
  return n;
}

/** Whether the normalised text starts with one of the compiled phrases. */
export function startsWithPhrase(norm: string, list: readonly string[]): boolean {
  for (const p of list) if (norm.startsWith(p)) return true;
  return false;
}

/** Whether a lower-cased URL contains one of the fragments. */
export function urlHas(href: string, fragments: readonly string[]): boolean {
  for (const f of fragments) if (href.includes(f)) return true;
  return false;
}
