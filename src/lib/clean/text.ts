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

// Phrase lookup is the cleaner's hot spot (every candidate block × every rule's list), so compiled
// lists are indexed by their first three characters (" " + two letters): a phrase can only match
// where the text has a space, so scanning those positions and testing the few phrases filed under
// the next three characters gives exactly the answers of `norm.includes(p)` over the whole list,
// in one pass over the text instead of one per phrase.
type PhraseIndex = Map<string, number[]>;
const KEY = 3;
const indexes = new WeakMap<readonly string[], PhraseIndex | null>();

function indexFor(list: readonly string[]): PhraseIndex | null {
  let index = indexes.get(list);
  if (index === undefined) {
    // Only lists shaped like phrases() output (leading space, ≥ KEY chars); others take the plain loop.
    index = list.length > 4 && list.every((p) => p.length >= KEY && p[0] === ' ') ? new Map() : null;
    list.forEach((p, i) => {
      const key = p.slice(0, KEY);
      const slot = index?.get(key);
      if (slot) slot.push(i);
      else index?.set(key, [i]);
    });
    indexes.set(list, index);
  }
  return index;
}

/** Calls found(i) for each list index whose phrase occurs in norm; stops when found returns true. */
function scan(norm: string, list: readonly string[], index: PhraseIndex, found: (i: number) => boolean): void {
  for (let at = norm.indexOf(' '); at !== -1 && at <= norm.length - KEY; at = norm.indexOf(' ', at + 1)) {
    const slot = index.get(norm.slice(at, at + KEY));
    if (!slot) continue;
    for (const i of slot) if (norm.startsWith(list[i] as string, at) && found(i)) return;
  }
}

/** Whether the normalised text holds one of the compiled phrases. */
export function hasPhrase(norm: string, list: readonly string[]): boolean {
  const index = indexFor(list);
  if (!index) {
    for (const p of list) if (norm.includes(p)) return true;
    return false;
  }
  let hit = false;
  scan(norm, list, index, () => (hit = true));
  return hit;
}

/** How many distinct compiled phrases occur (capped, we only need small counts). */
export function countPhrases(norm: string, list: readonly string[], cap = 4): number {
  const index = indexFor(list);
  if (!index) {
    let n = 0;
    for (const p of list) if (norm.includes(p) && ++n >= cap) break;
    return n;
  }
  const seen: number[] = [];
  scan(norm, list, index, (i) => {
    if (!seen.includes(i)) seen.push(i);
    return seen.length >= cap;
  });
  return seen.length;
}

/** Whether the normalised text starts with one of the compiled phrases. */
export function startsWithPhrase(norm: string, list: readonly string[]): boolean {
  const slot = indexFor(list)?.get(norm.slice(0, KEY));
  if (slot) return slot.some((i) => norm.startsWith(list[i] as string));
  if (indexFor(list)) return false;
  for (const p of list) if (norm.startsWith(p)) return true;
  return false;
}

/** Whether a lower-cased URL contains one of the fragments. */
export function urlHas(href: string, fragments: readonly string[]): boolean {
  for (const f of fragments) if (href.includes(f)) return true;
  return false;
}
