// Text helpers for the cleaner. Everything is linear in the input: regex passes with a single
// character class or an alternation of escaped literals (no nesting, no quantified groups), loops over
// characters (words.ts) and plain substring tests (SECURITY.md G3).
import { COMBINING_ACCENT, IGNORABLE, NUKTA_LETTERS, spaceOutCjk, wordsOf } from './words';
import { escapeRegExp } from '../regexp';

/** Longest text we ever normalise for one block; longer blocks are never removal candidates anyway. */
export const MAX_TEXT = 4000;

const SPACES = /\s+/g;
// Anything that is not a letter, combining mark, digit or '@' separates words; apostrophes and hyphens
// included, so "soutenez-nous" and "l'article" become "soutenez nous" and "l article" on both sides.
const NON_WORD = /[^\p{L}\p{M}\p{N}@€$£%]+/gu;
/** Turkish "İ" lower-cases to "i" + U+0307 (combining dot): "İlgili" must read as "ilgili". */
const DOTTED_I = /i\u0307/g;

/** Whitespace-collapsed text, capped. */
export function collapse(s: string, cap = MAX_TEXT): string {
  const cut = s.length > cap * 2 ? s.slice(0, cap * 2) : s;
  const out = cut.replace(SPACES, ' ').trim();
  return out.length > cap ? out.slice(0, cap) : out;
}

/** Lower-cased words separated by single spaces and padded with one space on each side. */
export function normalize(s: string): string {
  const cut = s.length > MAX_TEXT * 2 ? s.slice(0, MAX_TEXT * 2) : s;
  let lower = cut.toLowerCase();
  // The loop hands every text with a combining mark (U+0307 included) to the regex form below.
  const fast = wordsOf(lower);
  if (fast !== null) return fast;
  if (lower.includes('\u0307')) lower = lower.replace(DOTTED_I, 'i');
  if (COMBINING_ACCENT.test(lower)) lower = lower.normalize('NFC');
  return ' ' + spaceOutCjk(lower.replace(NUKTA_LETTERS, (ch) => ch.normalize('NFD')).replace(IGNORABLE, '')).replace(NON_WORD, ' ').trim() + ' ';
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
let union: { long: Map<number, number[]>; short: Map<number, number[]> } | null = null;

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

/**
 * Index keys are numbers made from the characters after a space (no substring per position in the
 * scans). Long keys hash four characters and may collide: every candidate phrase is checked with
 * startsWith anyway, so a collision costs one test, never a wrong answer. Short keys are exact.
 */
function longKey(s: string, at: number): number {
  return ((s.charCodeAt(at + 1) * 65599 + s.charCodeAt(at + 2)) * 65599 + s.charCodeAt(at + 3)) * 31 + s.charCodeAt(at + 4);
}

function shortKey(s: string, at: number): number {
  return s.charCodeAt(at + 1) * 65536 + s.charCodeAt(at + 2);
}

/** Files value under key (an index maps a phrase's first characters to the phrases there). */
function file(index: Map<number, number[]>, key: number, value: number): void {
  const slot = index.get(key);
  if (slot) slot.push(value);
  else index.set(key, [value]);
}

function unionIndex(): { long: Map<number, number[]>; short: Map<number, number[]> } {
  if (union) return union;
  const long = new Map<number, number[]>();
  const short = new Map<number, number[]>();
  registry.forEach((list, id) => list.forEach((p, i) => {
    if (p.length >= LONG) file(long, longKey(p, 0), id * 65536 + i);
    else file(short, shortKey(p, 0), id * 65536 + i);
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
    if (at <= norm.length - LONG) test(long.get(longKey(norm, at)), at);
    if (short.size > 0) test(short.get(shortKey(norm, at)), at);
  }
  return hits;
}

/** Per-list index (same keys): for a text asked about once, and for startsWithPhrase. */
const lists = new WeakMap<readonly string[], Map<number, number[]>>();

function listIndex(list: readonly string[]): Map<number, number[]> {
  let index = lists.get(list);
  if (!index) {
    const made = new Map<number, number[]>();
    list.forEach((p, i) => file(made, shortKey(p, 0), i));
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
    const slot = index.get(shortKey(norm, at));
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
  if (norm.length < KEY) return false; // (a phrase of the index is at least KEY long)
  const slot = listIndex(list).get(shortKey(norm, 0));
  return !!slot && slot.some((i) => norm.startsWith(list[i] as string));
}

// Substring lists (URL fragments, class-word stems) are asked about thousands of times per page: one
// alternation of the escaped literals answers like a loop of includes() calls, about 6x faster in V8.
const alternations = new WeakMap<readonly string[], RegExp>();

/** Whether s contains one of the literal strings of the list (exactly `list.some((x) => s.includes(x))`). */
export function containsAny(s: string, list: readonly string[]): boolean {
  let re = alternations.get(list);
  if (!re) {
    // An empty list matches nothing; an empty string in it matches everything, as includes('') does.
    re = list.length ? new RegExp(list.map(escapeRegExp).join('|')) : /(?!)/;
    alternations.set(list, re);
  }
  return re.test(s);
}

/** Whether a lower-cased URL contains one of the fragments. */
export function urlHas(href: string, fragments: readonly string[]): boolean {
  return containsAny(href, fragments);
}
