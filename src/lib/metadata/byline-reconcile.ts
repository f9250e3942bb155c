// Structured authors checked against the byline the reader sees next to the headline. JSON-LD, meta
// tags and profile links are the first evidence, but they are written by a CMS: they list the editor
// or the photographer among the authors, name one of two co-authors, or spell a name without its
// marks ("Muresan-Bargau" for the byline's "Mureșan-Bârgău"). The visible line corrects them where it
// says more, and never adds what it does not say plainly.
import type { Creator } from '../types';
import type { Candidate } from './candidates';
import { buildCreators, looseKey, nonAuthorCredits } from './creators';
import { isNameParticle } from './name-parts';

type Options = { lang?: string };

const personKeys = (list: readonly Creator[]): Set<string> => new Set(list.filter((c) => c.kind === 'person').map((c) => looseKey(c.name)));
/** Letters outside ASCII: the marks a CMS's slug or transliteration drops. */
const marked = (s: string): number => (s.match(/[^\u0000-\u007f]/gu) ?? []).length;
/** People joined as co-authors: a conjunction, the Hebrew prefix "ו", an ideographic comma, or one per line. */
const JOINED = /\s(?:and|et|und|y|e|i|en|og|och|и|і|ve|és|și|a|oraz|ja|και)\s|\sו\p{L}|、/u;
/** Chinese, Japanese and Korean bylines also set co-authors one per line ("김서연 기자\n이준호 기자"). */
const JOINED_CJK = /、|，|,|\n|\s/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

export interface Reconciled { authors: Creator[]; from?: string }

/**
 * `authors` (structured or linked, in rank order) checked against the byline lines near the headline
 * (`lines`: author candidates, agency credits left out): in order,
 * 1. a person the line credits as editor, photographer or translator and not as a writer goes (all
 *    of them: the line's writers are the authors);
 * 2. a line that names every structured person and more people, joined as co-authors, names them all;
 * 3. a structured name the line writes with more marks, same letters, takes the line's spelling;
 * 4. a structured name the line writes in full, with one more word (the second Spanish surname a
 *    CMS's author record leaves out, "María Fernanda Restrepo" for "… Restrepo Londoño"; the Catalan
 *    "i" between surnames), takes the line's fuller name.
 */
export function reconcileAuthors(authors: readonly Creator[], lines: readonly Candidate[], site: string | undefined, opts: Options): Reconciled {
  let out = authors.slice();
  let from: string | undefined;
  const all = lines.filter((c) => c.field === 'authors').map((c) => ({ c, shown: buildCreators(c.value, site, false, opts) }));
  const read = all.filter((l) => personKeys(l.shown).size > 0);
  // 1. The first line that credits some of them as editors or photographers, and not as writers (a
  //    credit line of its own, "ภาพ: อนุชา แก้วมณี" under the byline, names no writer).
  // Whoever a byline's text names as a writer is one, whatever a caption credits them with too (not a
  // profile link: the photographer's sits in the byline row as well).
  const writers = new Set(read.filter((l) => l.c.from !== 'byline:author-link').flatMap((l) => [...personKeys(l.shown)]));
  for (const { c, shown } of all) {
    const credits = looseKey(c.value.map((r) => nonAuthorCredits(r.name)).join(' '));
    if (!credits) continue;
    const shownKeys = new Set([...personKeys(shown), ...writers]);
    const kept = out.filter((a) => !(a.kind === 'person' && credits.includes(looseKey(a.name)) && !shownKeys.has(looseKey(a.name))));
    if (kept.length === out.length) continue;
    // Every one of them an editor's or photographer's credit: the line's writers are the authors.
    if (kept.length) out = kept;
    else if (personKeys(shown).size) { out = shown; from = c.from; }
    else continue;
    break;
  }
  // 2 and 3 on the byline itself, the first line near the headline that names people.
  const first = read[0];
  if (!first) return from ? { authors: out, from } : { authors: out };
  const raw = first.c.value.map((r) => r.name).join('\n');
  const flat = raw.replace(/\s+/g, ' ');
  const mine = personKeys(out);
  const shownKeys = personKeys(first.shown);
  const extra = first.shown.filter((s) => s.kind === 'person' && !mine.has(looseKey(s.name)));
  const joined = extra.every((s) => CJK.test(s.name)) ? JOINED_CJK.test(raw) : JOINED.test(raw);
  if (mine.size && extra.length && [...mine].every((k) => shownKeys.has(k)) && joined && extra.every(looksLikeName)) {
    out = first.shown.filter((s) => s.kind === 'person');
    from = first.c.from;
  }
  out = out.map((a) => {
    if (a.kind !== 'person') return a;
    const seen = first.shown.find((s) => s.kind === 'person' && looseKey(s.name) === looseKey(a.name));
    if (seen) return seen.name !== a.name && marked(seen.name) > marked(a.name) ? seen : a;
    // Written so on the line, word for word: not a place the cleaning joined on ("Benhamou (Rennes, …)").
    const fuller = first.shown.find((s) => s.kind === 'person' && oneWordMore(a.name, s.name) && looksLikeName(s) && flat.includes(s.name));
    return fuller ?? a;
  });
  return from ? { authors: out, from } : { authors: out };
}

/** `long` is `short` with one word added, the first word the same and the others in order. */
function oneWordMore(short: string, long: string): boolean {
  const a = short.split(/\s+/).map(looseKey);
  const b = long.split(/\s+/).map(looseKey);
  if (b.length !== a.length + 1 || a.length < 2 || a[0] !== b[0]) return false;
  let i = 0;
  for (const w of b) if (i < a.length && w === a[i]) i++;
  return i === a.length;
}

/** A person's name as a byline writes it: in cased scripts, every word capitalised but a particle. */
function looksLikeName(c: Creator): boolean {
  if (CJK.test(c.name)) return true;
  const words = c.name.trim().split(/\s+/);
  return words.length >= 2 && words.filter((w) => !isNameParticle(w)).length <= 5 && !/[.!?:]\s|\d/u.test(c.name) &&
    words.every((w) => !/^\p{Ll}/u.test(w) || isNameParticle(w));
}
