// npm run eval: Lectern vs plain Readability 0.6.0 on the shared corpora (../shared/corpus) and the
// seed replica. Prints a compact table and writes .cache/eval.json. Skips when ../shared is absent.
//   --verbose   list lost `with` snippets and leaks     --only=trafilatura,seed,… (of trafilatura|readability|seed|fixtures|meta)
//   --limit=N   first N pages per corpus                --no-cache  re-run plain Readability too
//   --jobs=N    child processes (default 2)     --set=A,B  only the fixture/metadata sets whose label has A or B ("round 3")
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { loadLectern, readFile, scores, seedNorm, squash, tokenRecall, withDoc } from './eval-lib';
import { leakKind, tailPlug } from './eval-leaks';
import { cleanSet, metaSet, readabilityMeta } from './eval-fixtures';
import type { PageJob, PageResult } from './eval-worker';

const SHARED = resolve(import.meta.dirname, '../../shared');
const CACHE = resolve(import.meta.dirname, '../.cache');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// --only=trafilatura,seed: several parts, comma-separated.
const onlyList = args.find((a) => a.startsWith('--only='))?.slice(7).split(',').filter(Boolean);
const part = (name: string): boolean => !onlyList?.length || onlyList.includes(name);
// --set=round 3: only the fixture/metadata sets whose label contains it (e.g. "round 3", "seen");
// several, comma-separated ("--set=round 1,round 2").
// A comma followed by a space belongs to a label ("promo blind set, round 6"): only a bare comma
// separates terms, so a whole label asks for that set alone (stop 28: a split label matched every round).
const setFilter = args.find((a) => a.startsWith('--set='))?.slice(6).split(/,(?! )/).map((s) => s.trim()).filter(Boolean);
// A term ending in a number matches that number only: "round 1" is not "round 10" (stop 29: it was,
// and round 10's metadata detail was printed).
const matches = (label: string, term: string): boolean => {
  const at = label.indexOf(term);
  return at >= 0 && !(/\d$/.test(term) && /^\d/.test(label.slice(at + term.length)));
};
const wanted = (label: string): boolean => !setFilter?.length || setFilter.some((f) => matches(label, f));
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const jobsN = Math.max(1, Number(args.find((a) => a.startsWith('--jobs='))?.slice(7) ?? 2));
const useCache = !args.includes('--no-cache');

const TEST_FIXTURES = resolve(import.meta.dirname, '../test/fixtures');
const hasCorpus = existsSync(join(SHARED, 'corpus'));
if (!hasCorpus) console.log(`eval: ${SHARED}/corpus not found: the corpora are skipped, the project's fixtures still run.`);
mkdirSync(CACHE, { recursive: true });
const plainCachePath = join(CACHE, 'eval-plain.json');
const plainCache: Record<string, string> = useCache && existsSync(plainCachePath)
  ? JSON.parse(readFileSync(plainCachePath, 'utf8')) as Record<string, string> : {};
const { fn: lectern, name } = await loadLectern();
const results: Record<string, unknown> = { pipeline: name, date: new Date().toISOString() };
const f3 = (n: number): string => n.toFixed(3);
console.log(`Lectern pipeline: ${name}`);

/** Runs page jobs in child processes; results keyed by job key. */
async function runJobs(jobs: PageJob[], tag: string): Promise<Map<string, PageResult>> {
  const worker = join(import.meta.dirname, 'eval-worker.ts');
  const cacheFile = join(CACHE, 'eval-plain.json');
  writeFileSync(cacheFile, JSON.stringify(plainCache));
  const parts = Array.from({ length: jobsN }, (_, k) => jobs.filter((_, i) => i % jobsN === k));
  await Promise.all(parts.map((part, k) => new Promise<void>((ok, fail) => {
    const jobsFile = join(CACHE, `eval-jobs-${k}.json`);
    writeFileSync(jobsFile, JSON.stringify(part));
    const child = spawn(process.execPath, [...process.execArgv, worker, jobsFile, cacheFile, join(CACHE, `eval-out-${tag}-${k}.jsonl`)],
      { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`eval worker ${k} exited with ${code}`))));
  })));
  const out = new Map<string, PageResult>();
  for (let k = 0; k < jobsN; k++) {
    const file = join(CACHE, `eval-out-${tag}-${k}.jsonl`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as PageResult;
      out.set(r.key, r);
      plainCache[r.key] = r.plain;
    }
  }
  return out;
}

interface TrafEntry { file: string; path: string; url: string; with: string[]; without: string[] }
type Bucket = { newsletter: string[]; donation: string[] };

async function trafilatura(): Promise<void> {
  const dir = join(SHARED, 'corpus/trafilatura');
  const entries = (JSON.parse(readFileSync(join(dir, 'eval.json'), 'utf8')) as TrafEntry[]).slice(0, limit);
  const urlOf = (e: TrafEntry): string => (/^https?:/.test(e.url) ? e.url : `https://${e.file.replace(/\.html?$/, '')}/`);
  const res = await runJobs(entries.map((e) => ({ key: 't:' + e.path, path: join(dir, e.path), url: urlOf(e) })), 'trafilatura');
  const c = { plain: { tp: 0, fn: 0, fp: 0, tn: 0 }, lectern: { tp: 0, fn: 0, fp: 0, tn: 0 } };
  const leaks: Record<'plain' | 'lectern', Bucket> = { plain: { newsletter: [], donation: [] }, lectern: { newsletter: [], donation: [] } };
  const perRule: Record<string, number> = {};
  const lost: string[] = [];
  const gained: string[] = [];
  const tails: string[] = [];
  let ms = 0;
  for (const e of entries) {
    const r = res.get('t:' + e.path);
    if (!r) continue;
    const plain = squash(r.plain);
    const mine = squash(r.lectern);
    ms += r.ms;
    for (const rule of r.rules) perRule[rule] = (perRule[rule] ?? 0) + 1;
    const plug = tailPlug(r.lectern);
    if (plug) tails.push(`${e.file}: ${plug.slice(0, 140)}`);
    for (const [who, text] of [['plain', plain], ['lectern', mine]] as const) {
      for (const s of e.with) { if (text.includes(squash(s))) c[who].tp++; else c[who].fn++; }
      for (const s of e.without) {
        if (text.includes(squash(s))) {
          c[who].fp++;
          const kind = leakKind(s);
          if (kind) leaks[who][kind].push(`${e.file}: ${s.slice(0, 100)}`);
        } else c[who].tn++;
      }
    }
    for (const s of e.with) if (plain.includes(squash(s)) && !mine.includes(squash(s))) lost.push(`${e.file}: ${s.slice(0, 120)}`);
    for (const s of e.without) if (!plain.includes(squash(s)) && mine.includes(squash(s))) gained.push(`${e.file}: ${s.slice(0, 120)}`);
  }
  const sp = scores(c.plain);
  const sl = scores(c.lectern);
  console.log(`\ntrafilatura (${res.size} pages)      P      R      F1     acc   leaks newsletter/donation`);
  console.log(`  plain Readability        ${f3(sp.P)}  ${f3(sp.R)}  ${f3(sp.F1)}  ${f3(sp.acc)}  ${leaks.plain.newsletter.length}/${leaks.plain.donation.length}`);
  console.log(`  Lectern                  ${f3(sl.P)}  ${f3(sl.R)}  ${f3(sl.F1)}  ${f3(sl.acc)}  ${leaks.lectern.newsletter.length}/${leaks.lectern.donation.length}`);
  // The margins to the targets are a few snippets: counts show what three decimals hide.
  console.log(`  counts (plain / Lectern): tp ${c.plain.tp}/${c.lectern.tp}, fp ${c.plain.fp}/${c.lectern.fp}, fn ${c.plain.fn}/${c.lectern.fn}; F1 ${sl.F1.toFixed(4)}`);
  console.log(`  Lectern: ${(ms / Math.max(1, res.size)).toFixed(1)} ms/page (whole pipeline incl. Readability)`);
  console.log(`  removals by rule: ${Object.entries(perRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  with-snippets lost vs plain: ${lost.length}; without-snippets kept that plain dropped: ${gained.length}`);
  for (const l of verbose ? lost : lost.slice(0, 3)) console.log('    LOST  ' + l);
  if (verbose) for (const l of gained) console.log('    ADDED ' + l);
  for (const l of [...leaks.lectern.newsletter, ...leaks.lectern.donation]) console.log('    LEAK  ' + l);
  // Lectern's only: plain Readability's outputs mostly end on what follows an appeal (comments, teasers).
  console.log(`  Lectern outputs ending on appeal or sign-up words (last 3 paragraphs, a regex; read them with --verbose): ${tails.length}`);
  if (verbose) for (const l of tails) console.log('    TAIL  ' + l);
  results.trafilatura = { pages: res.size, plain: { ...c.plain, ...sp, leaks: leaks.plain }, lectern: { ...c.lectern, ...sl, leaks: leaks.lectern }, perRule, lost, gained, tails };
}

async function readabilityPages(): Promise<void> {
  const dir = join(SHARED, 'corpus/readability/test-pages');
  const slugs = readdirSync(dir).sort().slice(0, limit)
    .filter((s) => existsSync(join(dir, s, 'source.html')) && existsSync(join(dir, s, 'expected.html')));
  const res = await runJobs(slugs.map((slug) => ({
    key: 'r:' + slug, path: join(dir, slug, 'source.html'), url: `http://fakehost/test/${slug}/`,
    expectedPath: join(dir, slug, 'expected.html'),
  })), 'readability');
  const rows = slugs.flatMap((slug) => {
    const r = res.get('r:' + slug);
    return r ? [{ slug, plain: tokenRecall(r.expected ?? '', r.plain), lectern: tokenRecall(r.expected ?? '', r.lectern) }] : [];
  });
  const mean = (k: 'plain' | 'lectern'): number => rows.reduce((a, r) => a + r[k], 0) / Math.max(1, rows.length);
  const ratio = mean('lectern') / Math.max(1e-9, mean('plain'));
  const worse = rows.filter((r) => r.lectern < r.plain - 0.01).sort((a, b) => (a.lectern - a.plain) - (b.lectern - b.plain));
  console.log(`\nreadability test pages (${rows.length})  token recall vs expected.html`);
  console.log(`  plain ${f3(mean('plain'))}   Lectern ${f3(mean('lectern'))}   ratio ${f3(ratio)} (target ≥ 0.990)`);
  console.log(`  pages more than 1 point worse than plain: ${worse.length}`);
  for (const w of worse.slice(0, verbose ? 50 : 5)) console.log(`    ${w.slug}: plain ${f3(w.plain)} Lectern ${f3(w.lectern)}`);
  results.readability = { pages: rows.length, plain: mean('plain'), lectern: mean('lectern'), ratio, worse };
}

/** Blind rounds on disk (blind/ is round 1, blind-rN/ round N), in order, that hold a `kind` folder. */
function blindRounds(kind: 'clean' | 'metadata'): [number, string][] {
  return readdirSync(TEST_FIXTURES)
    .map((d) => /^blind(?:-r(\d+))?$/.exec(d))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m): [number, string] => [m[1] ? Number(m[1]) : 1, join(TEST_FIXTURES, m[0], kind)])
    .filter(([, dir]) => existsSync(dir))
    .sort((a, b) => a[0] - b[0]);
}

/** Promo fixtures: the seen ones (test/fixtures/clean) and each blind round, apart. */
async function promoFixtures(): Promise<void> {
  const sets: [string, string][] = [
    ['promo fixtures (seen)', join(TEST_FIXTURES, 'clean')],
    ...blindRounds('clean').map(([n, dir]): [string, string] => [`promo blind set, round ${n}`, dir]),
  ];
  const out: Record<string, unknown> = {};
  for (const [label, dir] of sets.filter(([l]) => wanted(l))) out[label] = await cleanSet(label, dir, runJobs, verbose);
  results.promoFixtures = out;
}

async function metadata(): Promise<void> {
  const out: Record<string, unknown> = {};
  if (hasCorpus && wanted('metadata readability')) {
    const dir = join(SHARED, 'corpus/readability/test-pages');
    out.readability = await readabilityMeta(dir, readdirSync(dir).sort().slice(0, limit), runJobs, verbose);
  }
  for (const [label, dir] of blindRounds('metadata').map(([n, d]) => [`metadata blind set, round ${n}`, d] as const)) {
    if (!wanted(label)) continue;
    out[label] = await metaSet(label, dir, runJobs, verbose);
  }
  results.metadata = out;
}

function seed(): void {
  const dir = join(SHARED, 'fixtures/seed');
  const exp = JSON.parse(readFileSync(join(dir, 'francesoir-boukamal.expected.json'), 'utf8')) as { url: string; mustKeep: string[]; mustDrop: string[] };
  const run = withDoc(readFile(join(dir, 'francesoir-boukamal.html')), exp.url, (d) => lectern(d, exp.url));
  const text = seedNorm(run.text);
  const missing = exp.mustKeep.filter((s) => !text.includes(seedNorm(s)));
  const leaked = exp.mustDrop.filter((s) => text.includes(seedNorm(s)));
  const ok = missing.length === 0 && leaked.length === 0;
  console.log(`\nseed replica: ${ok ? 'PASS' : 'FAIL'}  (kept ${exp.mustKeep.length - missing.length}/${exp.mustKeep.length}, dropped ${exp.mustDrop.length - leaked.length}/${exp.mustDrop.length}; rules: ${[...new Set(run.removed.map((r) => r.rule))].join(', ')})`);
  for (const m of missing) console.log('    MISSING ' + m);
  for (const l of leaked) console.log('    LEAKED  ' + l);
  results.seed = { ok, missing, leaked, rules: run.removed.map((r) => r.rule) };
}

if (hasCorpus && part('seed')) seed();
if (part('fixtures')) await promoFixtures();
if (hasCorpus && part('trafilatura')) await trafilatura();
if (hasCorpus && part('readability')) await readabilityPages();
if (part('meta')) await metadata();
writeFileSync(plainCachePath, JSON.stringify(plainCache));
writeFileSync(join(CACHE, 'eval.json'), JSON.stringify(results, null, 1));
console.log(`\nresults: ${join(CACHE, 'eval.json')}`);
