// Splitting a person's display name into given/family (and a generational suffix),
// keeping family-name particles ("de", "van der", "von") with the family name.
import { CHINESE_COMPOUND_SURNAMES, JAPANESE_ONE_KANJI_SURNAMES, KOREAN_COMPOUND_SURNAMES } from './east-asian-names';

const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'des', 'di', 'du', 'da', 'das', 'dos', 'do', 'la', 'le', 'van', 'von',
  'ten', 'ter', 'zu', 'af', 'av', 'bin', 'ibn', 'al', 'el', "d'", 'dall', 'degli', 'dei', 'vom', 'zum', 'zur',
  // Welsh "ap"/"ab" (son of), "ferch"; Filipino "dela", "delos", "de los"; Arabic "عبد" (servant of,
  // "ليلى عبد الرحمن" is family عبد الرحمن), "أبو", "بن", "ابن", "بنت", "آل".
  'ap', 'ab', 'ferch', 'verch', 'dela', 'delos', 'los', 'las', 'عبد', 'أبو', 'ابو', 'بن', 'ابن', 'بنت', 'آل',
]);
/** Particles written with a capital that still open a family name (French, Breton, Italian, Portuguese,
 *  Dutch, German; Irish and Scottish Gaelic "Ní Fhlaithearta", "Mac Donncha", "Ó Sé"; Filipino "Dela Cruz"). */
const CAPITAL_PARTICLES = new Set(['Le', 'La', 'Du', 'De', 'Des', 'Di', 'Da', 'Del', 'Della', 'Dos', 'Das', 'Van', 'Von', 'Ter', 'Ten', 'Den', 'Der',
  'Ní', 'Nic', 'Mac', 'Ó', 'Ua', 'Uí', 'Mhic', 'Dela', 'Delos']);
/** Spanish "y" and Catalan "i" join two family names: "José Ortega y Gasset", "Jordi Puig i Ferrer". */
const JOINING = new Set(['y', 'i']);

/** A word that may stand in lower case (or as a particle) inside a person's name. */
export function isNameParticle(w: string): boolean {
  return PARTICLES.has(w.toLowerCase()) || CAPITAL_PARTICLES.has(w) || JOINING.has(w);
}
const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv|v|junior|senior)$/i;

export interface NameParts {
  given?: string;
  family?: string;
  suffix?: string;
}

/** "Jane Doe" → {given: Jane, family: Doe}; "Ludwig van der Berg" → family "van der Berg"; "John Roe Jr." → suffix. */
/** Han, kana and Hangul: names written family name first. */
const EAST_ASIAN = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\s\u3000・]+$/u;
const HANGUL_NAME = /^[\uac00-\ud7af]{2,4}$/u;
const HAN_NAME = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/u;
const CHINESE_COMPOUND = new Set(CHINESE_COMPOUND_SURNAMES);
const KOREAN_COMPOUND = new Set(KOREAN_COMPOUND_SURNAMES);
const JAPANESE_ONE = new Set(JAPANESE_ONE_KANJI_SURNAMES);

/**
 * Chinese, Japanese and Korean names put the family name first: "山田 花子" is family 山田, given 花子.
 * Written without a space: a Korean name's family name is one syllable ("김민지") unless it is one of
 * the two-syllable ones ("남궁민"). A name in Han characters needs its language: in Chinese the family
 * name is one character unless it is a known compound one (李明 is 李 + 明, 欧阳娜 is 欧阳 + 娜); in
 * Japanese it is two kanji unless it is a common one-kanji one (佐藤美咲 is 佐藤 + 美咲, 林美咲 is 林 +
 * 美咲). Without a language it stays whole as the family name. Citation styles write these names
 * family-first without a space, so only BibTeX and RIS see the split.
 */
function splitEastAsian(name: string, lang = ''): NameParts {
  const words = name.split(/[\s\u3000・]+/).filter(Boolean);
  if (words.length >= 2) return { family: words[0] as string, given: words.slice(1).join(' ') };
  const chars = [...name];
  const at = (n: number): NameParts => ({ family: chars.slice(0, n).join(''), given: chars.slice(n).join('') });
  if (HANGUL_NAME.test(name)) return at(chars.length > 2 && KOREAN_COMPOUND.has(chars.slice(0, 2).join('')) ? 2 : 1);
  if (!HAN_NAME.test(name)) return { family: name };
  const language = lang.toLowerCase().slice(0, 2);
  if (language === 'zh' && chars.length >= 2 && chars.length <= 4) {
    return at(chars.length > 2 && CHINESE_COMPOUND.has(chars.slice(0, 2).join('')) ? 2 : 1);
  }
  if (language === 'ja' && chars.length >= 2 && chars.length <= 5) {
    if (chars.length === 2) return at(1);
    return at(chars.length === 3 && JAPANESE_ONE.has(chars[0] as string) ? 1 : 2);
  }
  return { family: name };
}

/** `lang`, the page's language, splits names written without a space in Chinese or Japanese. */
export function splitPersonName(name: string, lang?: string): NameParts {
  if (EAST_ASIAN.test(name)) return splitEastAsian(name.trim(), lang);
  let words = name.split(' ').filter(Boolean);
  let suffix: string | undefined;
  const last = words[words.length - 1];
  if (words.length > 2 && last && SUFFIX.test(last.replace(/,$/, ''))) {
    suffix = last;
    words = words.slice(0, -1);
    const prev = words[words.length - 1];
    if (prev?.endsWith(',')) words[words.length - 1] = prev.slice(0, -1);
  }
  if (words.length < 2) return suffix ? { family: words.join(' '), suffix } : {};
  // The family name starts at the first lower-case particle after the first given name.
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i] ?? '';
    // "Ortega y Gasset": the family name starts at the name the conjunction joins to the last.
    if (JOINING.has(w) && i >= 2 && i === words.length - 2) {
      start = i - 1;
      break;
    }
    if (PARTICLES.has(w.toLowerCase()) && w === w.toLowerCase()) {
      start = i;
      break;
    }
    // Capitalised, a particle belongs to the family name when only particles follow it up to the last
    // word: "Marie-Hélène Le Bihan", "Lucia Di Marco", "Pieter Van der Berg" (not "Mary Ann Le" nor a
    // middle name before two more words).
    if (CAPITAL_PARTICLES.has(w) && words.slice(i + 1, -1).every((x) => PARTICLES.has(x.toLowerCase()))) {
      start = i;
      break;
    }
  }
  const parts: NameParts = { given: words.slice(0, start).join(' '), family: words.slice(start).join(' ') };
  if (suffix) parts.suffix = suffix;
  return parts;
}

/** "Doe, Jane" (Highwire/DC convention) → "Jane Doe"; "Doe, Jane, Jr." keeps the suffix. */
export function uninvert(name: string): { name: string; given: string; family: string; suffix?: string } | undefined {
  const parts = name.split(',').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) return undefined;
  const [family, given, suffix] = parts as [string, string, string | undefined];
  if (!family || !given || family.split(' ').length > 4 || given.split(' ').length > 4) return undefined;
  if (suffix !== undefined && !SUFFIX.test(suffix)) return undefined;
  const out = { name: `${given} ${family}${suffix ? ' ' + suffix : ''}`, given, family };
  return suffix ? { ...out, suffix } : out;
}

/** "JANE DOE" / "jane doe" → "Jane Doe" (only for all-caps or all-lowercase people names). */
export function recase(name: string): string {
  if (name !== name.toUpperCase() && name !== name.toLowerCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/(?<= )\b(Van|Von|De|Der|Den|Du|Da|Di|La|Le|Del|Della)\b(?= \p{Lu})/gu, (w) => w.toLowerCase());
}
