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
  const compiled = list.map((p) => {
    const prefix = p.endsWith('*');
    const n = normalize(prefix ? p.slice(0, -1) : p);
    return prefix ? n.slice(0, -1) : n;
  });
  register(compiled);
  return compiled;
}

// Phrase lookup is the cleaner's hot spot: every candidate block is asked about a dozen lists. All
// lists compiled by phrases() share one index, keyed by the first characters of each phrase (" " +
// four letters, or + two for short phrases): a phrase can only match where the text has a space, so
// one pass over those positions, testing the few phrases filed under the characters that follow,
// answers every list at once, exactly as `norm.includes(p)` would. The answer for the last text asked about twice is kept
// (rules ask about the same block one after another); a text asked about once costs one list's scan.
const KEY = 3;
const registry: Array<readonly string[]> = [];
const listIds = new Map<readonly string[], number>();
/** Phrases of at least LONG characters are filed under their first LONG characters (" " + four):
 *  short keys like " de" or " co" would file hundreds of phrases of all languages together. */
const LONG = 5;
/** The last text asked about twice, and its hits; the last text asked about once. */
let lastNorm = '';
let lastHits: Array<number[] | undefined> | null = null;
let pendingNorm = '';
/** key → packed (list id × 2^16 + phrase index), for long phrases and for the few short ones. */
let union: { long: Map<string, number[]>; short: Map<string, number[]> } | null = null;

function indexable(list: readonly string[]): boolean {
  return list.every((p) => p.length >= KEY && p[0] === ' ');
}

function register(list: readonly string[]): void {
  if (!indexable(list) || list.length >= 1 << 16) return;
  listIds.set(list, registry.length);
  registry.push(list);
  union = null;
  // A cached answer was computed without this list: forget it.
  lastNorm = '';
  pendingNorm = '';
  lastHits = null;
}

/** Files value under key (an index maps a phrase's first characters to the phrases there). */
function file(index: Map<string, number[]>, key: string, value: number): void {
  const slot = index.get(key);
  if (slot) slot.push(value);
  else index.set(key, [value]);
}

function unionIndex(): { long: Map<string, number[]>; short: Map<string, number[]> } {
  if (union) return union;
  const long = new Map<string, number[]>();
  const short = new Map<string, number[]>();
  registry.forEach((list, id) => list.forEach((p, i) => {
    if (p.length >= LONG) file(long, p.slice(0, LONG), id * 65536 + i);
    else file(short, p.slice(0, KEY), id * 65536 + i);
  }));
  union = { long, short };
  return union;
}

/** Distinct phrase indexes found, per list id (undefined = none). */
type Hits = Array<number[] | undefined>;

function scanAll(norm: string): Hits {
  const { long, short } = unionIndex();
  const hits: Hits = new Array<number[] | undefined>(registry.length);
  const test = (slot: number[] | undefined, at: number): void => {
    if (!slot) return;
    for (const packed of slot) {
      const id = Math.floor(packed / 65536);
      const i = packed % 65536;
      if (!norm.startsWith((registry[id] as readonly string[])[i] as string, at)) continue;
      const found = hits[id];
      if (!found) hits[id] = [i];
      else if (!found.includes(i)) found.push(i);
    }
  };
  for (let at = norm.indexOf(' '); at !== -1 && at <= norm.length - KEY; at = norm.indexOf(' ', at + 1)) {
    if (at <= norm.length - LONG) test(long.get(norm.slice(at, at + LONG)), at);
    if (short.size > 0) test(short.get(norm.slice(at, at + KEY)), at);
  }
  return hits;
}

/** Per-list index (same keys): for a text asked about once, and for startsWithPhrase. */
const lists = new WeakMap<readonly string[], Map<string, number[]>>();

function listIndex(list: readonly string[]): Map<string, number[]> {
  let index = lists.get(list);
  if (!index) {
    const made = new Map<string, number[]>();
    list.forEach((p, i) => file(made, p.slice(0, KEY), i));
    lists.set(list, made);
    index = made;
  }
  return index;
}

/** One list, one pass (a text asked about once). */
function scanOne(norm: string, list: readonly string[], cap: number): number {
  const index = listIndex(list);
  const seen: number[] = [];
  for (let at = norm.indexOf(' '); at !== -1 && at <= norm.length - KEY; at = norm.indexOf(' ', at + 1)) {
    const slot = index.get(norm.slice(at, at + KEY));
    if (!slot) continue;
    for (const i of slot) {
      if (!seen.includes(i) && norm.startsWith(list[i] as string, at)) {
        seen.push(i);
        if (seen.length >= cap) return seen.length;
      }
    }
  }
  return seen.length;
}

/** Distinct phrases of `list` found in norm, counted up to cap. */
function found(norm: string, list: readonly string[], cap: number): number {
  const id = listIds.get(list);
  if (id === undefined) {
    let n = 0;
    for (const p of list) if (norm.includes(p) && ++n >= cap) break;
    return n;
  }
  if (norm !== lastNorm) {
    if (norm !== pendingNorm) {
      pendingNorm = norm;
      return scanOne(norm, list, cap);
    }
    lastNorm = norm;
    lastHits = scanAll(norm);
  }
  return Math.min(cap, lastHits?.[id]?.length ?? 0);
}

/** Marks a text that will be asked about repeatedly (a block's words): its first question already
 *  scans for every list, instead of one list first. */
export function expectQuestions(norm: string): void {
  if (norm !== lastNorm) pendingNorm = norm;
}

/** Whether the normalised text holds one of the compiled phrases. */
export function hasPhrase(norm: string, list: readonly string[]): boolean {
  return found(norm, list, 1) > 0;
}

/** How many distinct compiled phrases occur (capped, we only need small counts). */
export function countPhrases(norm: string, list: readonly string[], cap = 4): number {
  return found(norm, list, cap);
}

/** Whether the normalised text starts with one of the compiled phrases. */
export function startsWithPhrase(norm: string, list: readonly string[]): boolean {
  if (!listIds.has(list)) {
    for (const p of list) if (norm.startsWith(p)) return true;
    return false;
  }
  const slot = listIndex(list).get(norm.slice(0, KEY));
  return !!slot && slot.some((i) => norm.startsWith(list[i] as string));
}

/** Whether a lower-cased URL contains one of the fragments. */
export function urlHas(href: string, fragments: readonly string[]): boolean {
  for (const f of fragments) if (href.includes(f)) return true;
  return false;
}
