// Words of a text for phrase matching, by a loop over UTF-16 units classified once each: the same
// result as replacing /[^\p{L}\p{N}@€$£%]+/gu with a space, which cost 3.6× this in V8 (and
// normalising is most of measuring a block). A surrogate (astral letter or emoji) is left to that
// regex (text.ts normalize()); test/lib/clean/normalize.property.test.ts pins the two together.

const UNKNOWN = 0;
const WORD = 1;
const SEPARATOR = 2;
const SURROGATE = 3;
const WORD_UNIT = /[\p{L}\p{N}@€$£%]/u;
/** Classes of UTF-16 units, filled on first sight (a full table up front would cost every page ~65k regex tests). */
const unitClass = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = unitClass[code] as number;
  if (c === UNKNOWN) {
    c = code >= 0xd800 && code <= 0xdfff ? SURROGATE : WORD_UNIT.test(String.fromCharCode(code)) ? WORD : SEPARATOR;
    unitClass[code] = c;
  }
  return c;
}

/** ' word word ' of an already lower-cased string, or null when it holds a surrogate. */
export function wordsOf(lower: string): string | null {
  const n = lower.length;
  let out = ' ';
  let i = 0;
  while (i < n) {
    let c = classOf(lower.charCodeAt(i));
    while (c === SEPARATOR && ++i < n) c = classOf(lower.charCodeAt(i));
    if (i >= n) break;
    if (c === SURROGATE) return null;
    const start = i;
    while (c === WORD && ++i < n) c = classOf(lower.charCodeAt(i));
    if (c === SURROGATE && i < n) return null;
    out += lower.slice(start, i) + ' ';
  }
  return out.length === 1 ? '  ' : out;
}
