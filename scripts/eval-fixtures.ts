// The fixture halves of npm run eval: appeal/promo pages (seen fixtures, blind sets) scored by their
// mustKeep / mustDrop snippets, and metadata pages (blind sets, Readability's expected-metadata.json)
// scored field by field. Seen and blind are printed apart: a blind page stops being blind once a rule
// was tuned on it (test/fixtures/blind*/README.md says which round each set belongs to).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedNorm } from './eval-lib';
import { authorsMatch, authorsWithin, nameTokens, pct, sameDay, tally, titleMatches } from './eval-meta';
import type { FieldTally } from './eval-meta';
import type { PageJob, PageResult } from './eval-worker';

type RunJobs = (jobs: PageJob[], tag: string) => Promise<Map<string, PageResult>>;

/**
 * The first `n` detail lines (all with --verbose) and how many were left out. A blind round prints
 * none without --verbose: reading which pages fail is the first step of tuning on them.
 */
function printDetail(lines: readonly string[], verbose: boolean, n: number, label = ''): void {
  if (label.includes('blind')) n = 0;
  for (const l of verbose ? lines : lines.slice(0, n)) console.log(l);
  if (!verbose && lines.length > n) console.log(`    … ${lines.length - n} more (--verbose)`);
}

interface CleanExpected { url: string; lang: string; control?: boolean; classes?: string[]; mustKeep: string[]; mustDrop: string[] }

export function slugsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((s) => existsSync(join(dir, s, 'source.html')) && existsSync(join(dir, s, 'expected.json'))).sort();
}

interface SideTally { kept: number; keepOf: number; dropped: number; dropOf: number; pagesClean: number; pagesWhole: number }
const side = (): SideTally => ({ kept: 0, keepOf: 0, dropped: 0, dropOf: 0, pagesClean: 0, pagesWhole: 0 });

/** Promo pages: share of article sentences kept and of promo snippets removed, plain vs Lectern. */
export async function cleanSet(label: string, dir: string, runJobs: RunJobs, verbose: boolean): Promise<Record<string, unknown> | undefined> {
  const slugs = slugsIn(dir);
  if (slugs.length === 0) return undefined;
  const exp = new Map(slugs.map((s) => [s, JSON.parse(readFileSync(join(dir, s, 'expected.json'), 'utf8')) as CleanExpected]));
  const res = await runJobs(slugs.map((s) => ({ key: `c:${label}:${s}`, path: join(dir, s, 'source.html'), url: exp.get(s)!.url })), `clean-${label.replace(/\W+/g, '-')}`);
  const t = { plain: side(), lectern: side() };
  const leaksByClass: Record<string, number> = {};
  const detail: string[] = [];
  const langs = new Set<string>();
  let controls = 0;
  for (const slug of slugs) {
    const e = exp.get(slug)!;
    const r = res.get(`c:${label}:${slug}`);
    if (!r) continue;
    langs.add(e.lang.slice(0, 2));
    if (e.control) controls++;
    for (const who of ['plain', 'lectern'] as const) {
      const text = seedNorm(who === 'plain' ? r.plain : r.lectern);
      const lost = e.mustKeep.filter((s) => !text.includes(seedNorm(s)));
      const leaked = e.mustDrop.filter((s) => text.includes(seedNorm(s)));
      const x = t[who];
      x.keepOf += e.mustKeep.length; x.kept += e.mustKeep.length - lost.length;
      x.dropOf += e.mustDrop.length; x.dropped += e.mustDrop.length - leaked.length;
      if (leaked.length === 0) x.pagesClean++;
      if (lost.length === 0) x.pagesWhole++;
      if (who === 'lectern') {
        for (const c of leaked.length ? e.classes ?? ['(none)'] : []) leaksByClass[c] = (leaksByClass[c] ?? 0) + 1;
        for (const s of lost) detail.push(`    LOST  ${slug}: ${s.slice(0, 100)}`);
        for (const s of leaked) detail.push(`    LEAK  ${slug}: ${s.slice(0, 100)}`);
      }
    }
  }
  const p = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  console.log(`\n${label} (${res.size} pages, ${langs.size} languages, ${controls} controls)   article sentences kept   promo snippets removed   pages with no leak`);
  for (const who of ['plain', 'lectern'] as const) {
    const x = t[who];
    console.log(`  ${who === 'plain' ? 'plain Readability' : 'Lectern          '}   ${p(x.kept, x.keepOf).padStart(8)} (${x.kept}/${x.keepOf})        ${p(x.dropped, x.dropOf).padStart(8)} (${x.dropped}/${x.dropOf})        ${x.pagesClean}/${res.size}`);
  }
  if (Object.keys(leaksByClass).length) console.log(`  pages leaking, by the classes they were written for: ${Object.entries(leaksByClass).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  printDetail(detail, verbose, 6, label);
  return { pages: res.size, languages: [...langs], controls, ...t, leaksByClass, detail };
}

interface MetaExpected {
  url: string; lang: string; isArticle?: boolean; title: string;
  authors: { name: string; kind?: string; given?: string; family?: string }[];
  published?: string; modified?: string;
}

interface MetaTallies { title: FieldTally; author: FieldTally; date: FieldTally; family: FieldTally; verdict: FieldTally }
const metaTallies = (): MetaTallies => ({ title: tally(), author: tally(), date: tally(), family: tally(), verdict: tally() });

type PageMeta = NonNullable<PageResult['meta']>;

/** What each extractor named: title, author names (plain Readability's byline as one), published. */
function namedBy(m: PageMeta): Record<'plain' | 'lectern', { title?: string; authors: string[]; published?: string }> {
  return {
    lectern: { title: m.lectern?.title, authors: (m.lectern?.authors ?? []).map((a) => a.name), published: m.lectern?.published },
    plain: { title: m.plain.title, authors: m.plain.byline ? [m.plain.byline] : [], published: m.plain.published },
  };
}

function printMeta(label: string, n: number, langs: number, t: { plain: MetaTallies; lectern: MetaTallies }): void {
  console.log(`\n${label} (${n} pages${langs ? `, ${langs} languages` : ''})   title              author             published (same day)`);
  for (const who of ['plain', 'lectern'] as const) {
    const x = t[who];
    console.log(`  ${who === 'plain' ? 'plain Readability' : 'Lectern          '} ${pct(x.title)}  ${pct(x.author)}  ${pct(x.date)}`);
  }
  const l = t.lectern;
  if (l.family.of) console.log(`  Lectern: family names split right ${pct(l.family)}`);
  if (l.verdict.of) console.log(`  Lectern: article / not-article verdict right ${pct(l.verdict)}`);
}

/** Blind metadata pages: title, authors, published day; non-articles scored on the verdict only. */
export async function metaSet(label: string, dir: string, runJobs: RunJobs, verbose: boolean): Promise<Record<string, unknown> | undefined> {
  const slugs = slugsIn(dir);
  if (slugs.length === 0) return undefined;
  const exp = new Map(slugs.map((s) => [s, JSON.parse(readFileSync(join(dir, s, 'expected.json'), 'utf8')) as MetaExpected]));
  const res = await runJobs(slugs.map((s) => ({ key: `m:${label}:${s}`, path: join(dir, s, 'source.html'), url: exp.get(s)!.url, meta: true })), `meta-${label.replace(/\W+/g, '-')}`);
  const t = { plain: metaTallies(), lectern: metaTallies() };
  const wrong: string[] = [];
  const langs = new Set<string>();
  for (const slug of slugs) {
    const e = exp.get(slug)!;
    const m = res.get(`m:${label}:${slug}`)?.meta;
    if (!m) continue;
    langs.add(e.lang.slice(0, 2));
    const article = e.isArticle !== false;
    t.lectern.verdict.of++;
    if ((m.isNewsArticle ?? true) === article) t.lectern.verdict.right++;
    else wrong.push(`    VERDICT ${slug}: expected ${article ? 'article' : 'not an article'}`);
    if (!article) continue;
    const lm = m.lectern;
    const got = namedBy(m);
    for (const who of ['plain', 'lectern'] as const) {
      const g = got[who];
      const x = t[who];
      const ok = {
        title: titleMatches(e.title, g.title),
        author: authorsMatch(e.authors.map((a) => a.name), g.authors),
        date: sameDay(e.published, g.published),
      };
      for (const k of ['title', 'author', 'date'] as const) { x[k].of++; if (ok[k]) x[k].right++; }
      if (who === 'lectern') {
        if (!ok.title) wrong.push(`    TITLE  ${slug}: ${JSON.stringify(g.title)} (expected ${JSON.stringify(e.title)})`);
        if (!ok.author) wrong.push(`    AUTHOR ${slug}: ${JSON.stringify(g.authors)} (expected ${JSON.stringify(e.authors.map((a) => a.name))})`);
        if (!ok.date) wrong.push(`    DATE   ${slug}: ${g.published ?? '—'} (expected ${e.published ?? '—'})`);
        for (const a of e.authors.filter((a) => a.family)) {
          x.family.of++;
          const mine = lm?.authors.find((b) => nameTokens(b.name).size && [...nameTokens(a.name)].every((tk) => nameTokens(b.name).has(tk)));
          if (mine?.family === a.family) x.family.right++;
          else if (mine) wrong.push(`    FAMILY ${slug}: ${mine.family ?? '—'} (expected ${a.family})`);
        }
      }
    }
  }
  printMeta(label, res.size, langs.size, t);
  printDetail(wrong, verbose, 8, label);
  return { pages: res.size, languages: [...langs], ...t, wrong };
}

interface ReadabilityMeta { title?: string | null; byline?: string | null; publishedTime?: string | null }

/** Readability's pages: its expected-metadata.json (title, byline, publishedTime where given). */
export async function readabilityMeta(dir: string, slugs: string[], runJobs: RunJobs, verbose: boolean): Promise<Record<string, unknown>> {
  const withMeta = slugs.filter((s) => existsSync(join(dir, s, 'expected-metadata.json')));
  const res = await runJobs(withMeta.map((s) => ({ key: 'rm:' + s, path: join(dir, s, 'source.html'), url: `http://fakehost/test/${s}/`, meta: true })), 'readability-meta');
  const t = { plain: metaTallies(), lectern: metaTallies() };
  const wrong: string[] = [];
  for (const slug of withMeta) {
    const e = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as ReadabilityMeta;
    const m = res.get('rm:' + slug)?.meta;
    if (!m) continue;
    const got = namedBy(m);
    for (const who of ['plain', 'lectern'] as const) {
      const g = got[who];
      const x = t[who];
      if (e.title) { x.title.of++; if (titleMatches(e.title, g.title)) x.title.right++; else if (who === 'lectern') wrong.push(`    TITLE  ${slug}: ${JSON.stringify(g.title)} (expected ${JSON.stringify(e.title)})`); }
      // Only pages whose expectation names someone count for authors and dates: a null there is
      // "Readability found none", not "the page has none".
      if (e.byline) { x.author.of++; if (authorsWithin(e.byline, g.authors)) x.author.right++; else if (who === 'lectern') wrong.push(`    AUTHOR ${slug}: ${JSON.stringify(g.authors)} (expected ${JSON.stringify(e.byline)})`); }
      if (e.publishedTime) { x.date.of++; if (sameDay(e.publishedTime, g.published)) x.date.right++; else if (who === 'lectern') wrong.push(`    DATE   ${slug}: ${g.published ?? '—'} (expected ${e.publishedTime})`); }
    }
  }
  printMeta('readability pages, metadata (seen; expected = Readability 0.6\'s own output, so plain is 100 % by construction)', res.size, 0, t);
  printDetail(wrong, verbose, 8);
  return { pages: res.size, ...t, wrong };
}
