// Splitting a person's display name into given/family (and a generational suffix),
// keeping family-name particles ("de", "van der", "von") with the family name.

const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'des', 'di', 'du', 'da', 'das', 'dos', 'do', 'la', 'le', 'van', 'von',
  'ten', 'ter', 'zu', 'af', 'av', 'bin', 'ibn', 'al', 'el', 'y', "d'", 'dall', 'degli', 'dei', 'vom', 'zum', 'zur',
]);
/** Particles written with a capital that still open a family name (French, Breton, Italian, Portuguese, Dutch, German). */
const CAPITAL_PARTICLES = new Set(['Le', 'La', 'Du', 'De', 'Des', 'Di', 'Da', 'Del', 'Della', 'Dos', 'Das', 'Van', 'Von', 'Ter', 'Ten', 'Den', 'Der']);
const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv|v|junior|senior)$/i;

export interface NameParts {
  given?: string;
  family?: string;
  suffix?: string;
}

/** "Jane Doe" → {given: Jane, family: Doe}; "Ludwig van der Berg" → family "van der Berg"; "John Roe Jr." → suffix. */
/** Han, kana and Hangul: names written family name first. */
const EAST_ASIAN = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\s\u3000・]+$/u;
const HANGUL_NAME = /^[\uac00-\ud7af]{2,3}$/u;

/**
 * Chinese, Japanese and Korean names put the family name first: "山田 花子" is family 山田, given 花子.
 * Written without a space, a Korean name of two or three syllables has a one-syllable family name
 * ("김민지"); a name in Han characters cannot be split without knowing its language and a dictionary
 * (石破茂 is 石破 + 茂, 李明 is 李 + 明, 欧阳娜 is 欧阳 + 娜) and stays whole as the family name.
 * Citation styles write these names family-first without a space, so only BibTeX and RIS see it.
 */
function splitEastAsian(name: string): NameParts {
  const words = name.split(/[\s\u3000・]+/).filter(Boolean);
  if (words.length >= 2) return { family: words[0] as string, given: words.slice(1).join(' ') };
  if (HANGUL_NAME.test(name)) return { family: name.slice(0, 1), given: name.slice(1) };
  return { family: name };
}

export function splitPersonName(name: string): NameParts {
  if (EAST_ASIAN.test(name)) return splitEastAsian(name.trim());
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
