// The first person plural that languages dropping the pronoun write only in the verb (or possessive)
// ending: Hungarian "Ezt a cikket két hétig készítettük", Italian "possiamo", Polish "możemy",
// Turkish "yapıyoruz", "gazetemiz". outlet-words.ts holds the pronouns ("we", "wir", "nous"); these
// endings are read only where the page's language is known and only inside a box that already asks
// the reader to act (outlet-voice.ts), since an ending alone is weaker evidence than a pronoun.
// Knowledge, by language: word endings in lower case, with the shortest word they count in.

export interface PluralEndings {
  endings: readonly string[];
  /** Shorter words are other words ("tamo", "samo", "domy"). */
  minLength: number;
  /** Words that end so but are no verb ("últimos", "próximos": Spanish adjectives carry an accent). */
  not?: RegExp;
}

export const FIRST_PLURAL_ENDINGS: Readonly<Record<string, PluralEndings>> = {
  es: { endings: ['amos', 'emos', 'imos'], minLength: 6, not: /[áéíóú]|^(?:tramos|reclamos|extremos|supremos|ramos|primos)$/u },
  pt: { endings: ['amos', 'emos', 'imos'], minLength: 6, not: /[áéíóúâêô]|^(?:ramos|extremos|supremos|primos)$/u },
  it: { endings: ['iamo'], minLength: 6 },
  pl: { endings: ['emy', 'imy', 'amy', 'ymy', 'śmy'], minLength: 6 },
  cs: { endings: ['eme', 'íme', 'áme', 'ujeme'], minLength: 6 },
  sk: { endings: ['eme', 'íme', 'áme', 'ujeme'], minLength: 6 },
  hr: { endings: ['amo', 'imo', 'emo', 'jemo'], minLength: 6 },
  bs: { endings: ['amo', 'imo', 'emo', 'jemo'], minLength: 6 },
  sr: { endings: ['amo', 'imo', 'emo', 'jemo', 'амо', 'имо', 'емо', 'јемо'], minLength: 6 },
  sl: { endings: ['amo', 'imo', 'emo', 'jemo'], minLength: 6 },
  uk: { endings: ['ємо', 'имо', 'емо', 'аємо'], minLength: 6 },
  hu: { endings: ['unk', 'ünk', 'juk', 'jük', 'tuk', 'tük'], minLength: 5 },
  tr: { endings: ['yoruz', 'mız', 'miz', 'muz', 'müz', 'acağız', 'eceğiz', 'malıyız', 'meliyiz', 'abiliriz', 'ebiliriz'], minLength: 6 },
  el: { endings: ['ουμε', 'ούμε', 'όμαστε', 'ομαστε'], minLength: 6 },
  fi: { endings: ['mme'], minLength: 6 },
};

const WORD = /[\p{L}\p{M}]+/gu;

/** Whether the text has a word in the first person plural by its ending, in the page's language. */
export function pluralByEnding(text: string, lang: string | undefined): boolean {
  const rule = lang ? FIRST_PLURAL_ENDINGS[lang.toLowerCase().slice(0, 2)] : undefined;
  if (!rule) return false;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length < rule.minLength || w !== w.toLowerCase()) continue;
    if (rule.endings.some((e) => w.endsWith(e)) && !rule.not?.test(w)) return true;
  }
  return false;
}
