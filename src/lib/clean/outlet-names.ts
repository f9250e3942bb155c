// The outlet's names, from what the page itself says (site name, publisher, host), and whether a
// text names it. Pages name their outlet more loosely than their metadata does: by the head of its
// name ("La Vigie" for "La Vigie du Vivarais", "Tidewatch" for "Gippsland Tidewatch"), or spelled
// in words and script where the host runs them together ("Spišský Zvonár", "Звоно са Тимока" on
// spisskyzvonar.sk, zvonosatimoka.rs).
import { escapeRegExp } from '../regexp';
import { normalize } from './text';
import { LINKING_WORDS, PRESS_WORDS } from './outlet-words';

/** Leading articles dropped from a site name ("The Daily Ledger" is also "Daily Ledger"). */
const ARTICLE = /^ (?:the|la|le|les|l|el|los|las|die|der|das|il|lo|o|a|de|het) /;
/** Second-level labels under a country code ("bbc.co.uk", "folha.com.br"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'gob', 'nic']);
/** Host labels that name no outlet. */
const NO_NAME = new Set(['www', 'm', 'amp', 'mobile', 'news', 'blog', 'localhost', 'fakehost', 'example']);

/** The outlet's names as normalize() gives them, padded (" daily ledger "), from what the page says. */
export function outletNames(from: { siteName?: string; publisher?: string; url?: string }): string[] {
  const names = new Set<string>();
  const add = (n: string): void => {
    if (n.trim().length >= 4) names.add(n);
  };
  for (const raw of [from.siteName, from.publisher]) {
    if (!raw || raw.length > 80) continue;
    const n = normalize(raw);
    add(n);
    add(n.replace(ARTICLE, ' '));
    const head = headOf(n);
    if (head) add(HEAD + head);
  }
  try {
    const labels = new URL(from.url ?? '').hostname.split('.').filter((l) => l && !NO_NAME.has(l));
    if (labels.length >= 2) {
      labels.pop(); // the top-level domain
      if (labels.length >= 2 && SECOND_LEVEL.has(labels[labels.length - 1] as string)) labels.pop();
      const label = labels[labels.length - 1];
      if (label && !/^\d+$/.test(label)) add(normalize(label));
    }
  } catch { /* no URL: names only */ }
  return [...names].slice(0, 8);
}

const nameRes = new WeakMap<readonly string[], { stems: string[]; re: RegExp } | null>();

/**
 * The outlet's names as one pattern in which the last word may be inflected: Hungarian, Finnish,
 * Estonian, Turkish, the Slavic and Baltic languages and Greek decline a name ("a Tiszamenti
 * Hírlapot", "Kalliojärven Sanomien", "Παλμού"). A last word of five letters or more keeps all but its
 * last two letters and may take up to six more; shorter words, and CJK (one character per word after
 * normalize), must match whole.
 */
function namePattern(names: readonly string[]): { stems: string[]; re: RegExp } | null {
  let pat = nameRes.get(names);
  if (pat !== undefined) return pat;
  const stems: string[] = [];
  const alts: string[] = [];
  for (const n of names) {
    if (n.startsWith(HEAD)) continue;
    const words = n.trim().split(' ');
    const last = words.pop() ?? '';
    const chars = [...last];
    if (chars.length < 5) continue; // matched whole by includes()
    const stem = chars.slice(0, -2).join('');
    stems.push(' ' + words.map((w) => w + ' ').join('') + stem);
    alts.push(' ' + words.map((w) => escapeRegExp(w) + ' ').join('') + escapeRegExp(stem) + '\\p{L}{0,6} ');
  }
  pat = alts.length ? { stems, re: new RegExp(alts.join('|'), 'u') } : null;
  nameRes.set(names, pat);
  return pat;
}

/** The registrable part of a host ("news.bbc.co.uk" → "bbc.co.uk", "www.adalsposten.se" → "adalsposten.se"). */
export function registrable(host: string): string {
  const labels = host.split('.');
  const keep = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] as string) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Whether normalised text holds one of the outlet's names (whole words, the last one maybe declined). */
export const mentions = (norm: string, names: readonly string[] | undefined, text?: string): boolean => {
  if (!names?.length) return false;
  if (names.some((n) => norm.includes(n))) return true;
  if (text !== undefined && namesHead(text, names)) return true;
  if (spelledAsHost(norm, names)) return true;
  // The pattern runs only where a stem occurs (most blocks name no outlet at all).
  const pat = namePattern(names);
  return !!pat && pat.stems.some((st) => norm.includes(st)) && pat.re.test(norm);
};

/**
 * The head of a name of several words: the words before a linking word, article kept ("la vigie" of
 * "la vigie du vivarais", "el tábano" of "el tábano del litoral"), or else the last word ("tidewatch"
 * of "gippsland tidewatch", "zvonár" of "spišský zvonár"): a place that qualifies a name comes after
 * the link or before the head. A head must be five letters or more and no common word of the press
 * ("Times", "Zeitung", "Diario"), which a story uses of any paper.
 */
function headOf(n: string): string | null {
  const words = n.trim().split(' ');
  if (words.length < 2) return null;
  const link = words.findIndex((w, i) => i > 0 && LINKING_WORDS.has(w));
  const head = link > 0 ? words.slice(0, link) : [words[words.length - 1] as string];
  const core = head.filter((w) => !ARTICLE.test(' ' + w + ' '));
  if (core.length !== 1 || [...(core[0] as string)].length < 5 || PRESS_WORDS.has(core[0] as string)) return null;
  if (head.length === words.length) return null;
  return ' ' + head.join(' ') + ' ';
}

/** Marks a name's head among the names: it counts only as a proper noun (namesHead), and never in a link. */
export const HEAD = '\u0001';

/** The names that are the outlet's full names (for links: a head alone is too common a word). */
export const fullNames = (names: readonly string[]): readonly string[] => names.filter((n) => !n.startsWith(HEAD));

/** A name or a URL path compared as links write it: lower-case letters and digits only. */
export const linkKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const keyCache = new WeakMap<readonly string[], Map<number, readonly string[]>>();

/** The outlet's full names as link keys of at least `min` characters (kept per names array: asked per link). */
export function nameKeys(names: readonly string[], min: number): readonly string[] {
  let byMin = keyCache.get(names);
  if (!byMin) keyCache.set(names, (byMin = new Map()));
  let keys = byMin.get(min);
  if (!keys) byMin.set(min, (keys = fullNames(names).map(linkKey).filter((k) => k.length >= min)));
  return keys;
}

const headRes = new WeakMap<readonly string[], RegExp | null>();

/**
 * Whether the text names a head as a proper noun: its main word capitalised ("Si La Vigie existe",
 * "a Tidewatch supporter", not "a more vibrant commons"), maybe declined ("Zvonára"). Heads are
 * kept only in cased scripts.
 */
function namesHead(text: string, names: readonly string[]): boolean {
  let re = headRes.get(names);
  if (re === undefined) {
    const alts: string[] = [];
    for (const n of names) {
      if (!n.startsWith(HEAD)) continue;
      const words = n.slice(HEAD.length).trim().split(' ');
      const last = words.pop() ?? '';
      const cap = last.charAt(0).toUpperCase();
      if (cap === last.charAt(0)) continue; // a caseless script: no proper-noun test
      const lead = words.map((w) => `(?:${escapeRegExp(w)}|${escapeRegExp(w.charAt(0).toUpperCase() + w.slice(1))})\\s+`).join('');
      alts.push(lead + escapeRegExp(cap + last.slice(1)) + '\\p{Ll}{0,3}');
    }
    re = alts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'u') : null;
    headRes.set(names, re);
  }
  return !!re && re.test(text);
}

/** Cyrillic letters as Latin ones, the Serbian way (one letter each, so a host's spelling compares). */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'd', е: 'e', ё: 'e', ж: 'z', з: 'z', и: 'i', й: 'j', ј: 'j',
  к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c',
  у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's', щ: 's', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'ju', я: 'ja', і: 'i', ї: 'ji', є: 'je', ґ: 'g', ѓ: 'g', ќ: 'k', ѕ: 'dz',
};

/** A word as a host would spell it: Latin letters without marks, Cyrillic transliterated, and the
 *  digraphs a host uses for one letter (zh, sh, ch, kh, ts; y for j) folded the same way on both sides. */
function hostSpelling(s: string): string {
  const latin = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
  return latin.replace(/shch|zh|sh|ch|kh|ts/g, (d) => (d === 'ts' ? 'c' : d[0] as string)).replace(/y/g, 'j').replace(/[^a-z0-9]/g, '');
}

const HOST_NAME_MIN = 8;
const hostForms = new WeakMap<readonly string[], string[]>();

/** Names run together as a host label writes them ("spisskyzvonar"), as hostSpelling gives them. */
function hostNames(names: readonly string[]): string[] {
  let forms = hostForms.get(names);
  if (!forms) {
    forms = names.filter((n) => !n.trim().includes(' ') && /^ [a-z0-9-]+ $/.test(n)).map((n) => hostSpelling(n)).filter((n) => n.length >= HOST_NAME_MIN);
    hostForms.set(names, forms);
  }
  return forms;
}

/** Whether some run of whole words of the text, spelled as a host would, is one of the host names. */
function spelledAsHost(norm: string, names: readonly string[]): boolean {
  const forms = hostNames(names);
  if (!forms.length) return false;
  // The whole text spelled at once equals its words spelled one by one and glued (digraphs never
  // span a space): most blocks stop here, before the words are spelled one at a time.
  const glued = hostSpelling(norm);
  if (!forms.some((f) => glued.includes(f))) return false;
  const words = norm.trim().split(' ').map(hostSpelling);
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length && j < i + 6; j++) {
      run += words[j];
      if (run.length > HOST_NAME_MIN * 4) break;
      if (forms.includes(run)) return true;
    }
  }
  return false;
}
