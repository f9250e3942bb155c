// Words of a text for phrase matching, by a loop over UTF-16 units classified once each: the same
// result as replacing /[^\p{L}\p{M}\p{N}@€$£%]+/gu with a space (after spacing out CJK characters),
// which cost 3.6× this in V8 (and normalising is most of measuring a block). A surrogate (astral
// letter or emoji) is left to those regexes (text.ts normalize()); test/lib/clean/normalize.property.test.ts
// pins the two together.
//
// Combining marks belong to their word: Hindi's vowel signs, Arabic's harakat and a decomposed accent
// are not word breaks. Chinese, Japanese and Thai write no spaces between words, and Korean attaches
// its particles ("뉴스레터를"): each Han, kana, Hangul or Thai letter is a word of its own, so that a
// phrase ("寄付", "구독", "บริจาค") matches inside a run of text as whole words do elsewhere.

const UNKNOWN = 0;
const WORD = 1;
const SEPARATOR = 2;
/** A surrogate (astral letter or emoji) or an ignorable mark: left to the regex form. */
const SURROGATE = 3;
/** A Han, kana or Hangul letter: a word by itself. */
const CJK = 4;
const WORD_UNIT = /[\p{L}\p{M}\p{N}@€$£%]/u;
/** Hiragana, Katakana, CJK Extension A, Unified Ideographs, Hangul syllables, compatibility ideographs,
 *  halfwidth katakana, and Thai, Lao, Myanmar and Khmer (also written without spaces between words):
 *  their letters stand alone (their punctuation separates; their combining marks, vowel signs and
 *  tone marks are words of their own, the same in a phrase and in the text). */
const CJK_BLOCKS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/gu;
const LETTER = /\p{L}/u;
/** Arabic harakat and tatweel, Hebrew points, the Devanagari and Bengali nukta: optional marks that
 *  writers use or not ("أيضاً" / "أيضا", "ज़रूरी" / "जरूरी"), dropped from words by the regex form
 *  (text.ts), which a text holding one takes. Letters written with a nukta in one code point
 *  (U+0958–095F, U+09DC–09DF) come apart first. */
export const IGNORABLE = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0640\u064b-\u065f\u0670\u093c\u09bc]/gu;
export const NUKTA_LETTERS = /[\u0958-\u095f\u09dc\u09dd\u09df]/gu;
/** Units the loop leaves to the regex form: the ignorable marks and nukta letters above, and the
 *  combining accents of a decomposed text ("e" + U+0301), which is composed (NFC) there first so that
 *  "donacio\u0301n" reads as "donación" and decomposed Vietnamese as the usual precomposed letters. */
const IGNORABLE_UNIT = /[\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0640\u064b-\u065f\u0670\u093c\u09bc\u0958-\u095f\u09dc\u09dd\u09df]/u;
export const COMBINING_ACCENT = /[\u0300-\u036f]/u;

/** Each Han, kana or Hangul letter of s set apart by spaces (the regex form of the loop below). */
export function spaceOutCjk(s: string): string {
  return s.replace(CJK_BLOCKS, (ch) => (LETTER.test(ch) ? ` ${ch} ` : ch));
}
/** Classes of UTF-16 units, filled on first sight (a full table up front would cost every page ~65k regex tests). */
const unitClass = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = unitClass[code] as number;
  if (c === UNKNOWN) {
    const ch = String.fromCharCode(code);
    c = (code >= 0xd800 && code <= 0xdfff) || IGNORABLE_UNIT.test(ch) ? SURROGATE : !WORD_UNIT.test(ch) ? SEPARATOR :
      spaceOutCjk(ch) !== ch ? CJK : WORD;
    unitClass[code] = c;
  }
  return c;
}

/** ' word word ' of an already lower-cased string, or null when it holds a surrogate or an ignorable mark. */
export function wordsOf(lower: string): string | null {
  const n = lower.length;
  let out = ' ';
  let i = 0;
  while (i < n) {
    let c = classOf(lower.charCodeAt(i));
    while (c === SEPARATOR && ++i < n) c = classOf(lower.charCodeAt(i));
    if (i >= n) break;
    if (c === SURROGATE) return null;
    if (c === CJK) {
      out += lower[i] + ' ';
      i++;
      continue;
    }
    const start = i;
    while (c === WORD && ++i < n) c = classOf(lower.charCodeAt(i));
    if (c === SURROGATE && i < n) return null;
    out += lower.slice(start, i) + ' ';
  }
  return out.length === 1 ? '  ' : out;
}
