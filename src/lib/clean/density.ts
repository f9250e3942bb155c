// How much one character says. Chinese and Japanese pack a word into one or two characters, Korean
// into two or three: a 100-character Japanese paragraph says what 300 English characters do. Every
// length the cleaner compares (the article's share a block may hold, "long prose", "short line")
// counts characters times this weight, so that a whole Japanese article is never a "short block".

/** What one Han or kana character, and one Hangul syllable, count for (also extract/text.ts). */
export const HAN_WEIGHT = 3;
export const HANGUL_WEIGHT = 2;
/** Weight of a character by the page's writing system. */
const WEIGHTS: Record<string, number> = { zh: HAN_WEIGHT, ja: HAN_WEIGHT, ko: HANGUL_WEIGHT, yue: HAN_WEIGHT,
  cmn: HAN_WEIGHT, wuu: HAN_WEIGHT, hak: HAN_WEIGHT, nan: HAN_WEIGHT, gan: HAN_WEIGHT, lzh: HAN_WEIGHT };
/** Characters sampled when the page names no language. */
const SAMPLE = 2000;
/** Share of sampled letters in Han, kana or Hangul above which the text counts as written in them. */
const DENSE_SHARE = 0.3;
const HAN_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g;
const HANGUL = /[\uac00-\ud7af]/g;
const LETTERS = /\p{L}/gu;
const ANY_DENSE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/** The weight a language tag names ("ja", "zh-Hant-TW", "ko-KR": 3, 3, 2; others 1), or undefined
 *  without a tag. */
export function langWeight(lang: string | null | undefined): number | undefined {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? (WEIGHTS[primary] ?? 1) : undefined;
}

/**
 * 1 for alphabetic scripts; 3 for Chinese and Japanese, 2 for Korean. A page that names one of those
 * is believed; any other page is sampled, since CMS templates often say lang="en" whatever the text.
 */
export function charWeight(lang: string | undefined, root: Element): number {
  const named = langWeight(lang);
  if (named !== undefined && named > 1) return named;
  const sample = sampleText(root);
  // Most pages hold no Han, kana or Hangul at all: one test, no counting (this runs on every page).
  if (!ANY_DENSE.test(sample)) return 1;
  const letters = sample.match(LETTERS)?.length ?? 0;
  if (letters === 0) return 1;
  const hanKana = sample.match(HAN_KANA)?.length ?? 0;
  const hangul = sample.match(HANGUL)?.length ?? 0;
  if (hanKana + hangul < letters * DENSE_SHARE) return 1;
  return hanKana >= hangul ? HAN_WEIGHT : HANGUL_WEIGHT;
}

/** The first SAMPLE characters of root's text, read node by node (textContent would copy the whole page). */
function sampleText(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < SAMPLE; n = walker.nextNode()) {
    const parent = n.parentElement?.localName;
    if (parent !== 'script' && parent !== 'style') out += (n as Text).data;
  }
  return out.slice(0, SAMPLE);
}
