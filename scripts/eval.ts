// npm run eval: Lectern vs plain Readability 0.6.0 on the shared corpora (../shared/corpus) and the
// seed replica. Prints a compact table and writes .cache/eval.json. Skips when ../shared is absent.
//   --verbose   list lost `with` snippets and leaks     --only=trafilatura|readability|seed
//   --limit=N   first N pages per corpus                --no-cache  re-run plain Readability too
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadLectern, withDoc, plainReadability, readFile, scores, seedNorm, squash, tokenRecall, type Counts } from './eval-lib';
import { leakKind } from './eval-leaks';

const SHARED = resolve(import.meta.dirname, '../../shared');
const CACHE = resolve(import.meta.dirname, '../.cache');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const useCache = !args.includes('--no-cache');

if (!existsSync(join(SHARED, 'corpus'))) {
  console.log(`eval: ${SHARED}/corpus not found, skipping.`);
  process.exit(0);
}
mkdirSync(CACHE, { recursive: true });
const plainCachePath = join(CACHE, 'eval-plain.json');
const plainCache: Record<string, string> = useCache && existsSync(plainCachePath)
  ? JSON.parse(readFileSync(plainCachePath, 'utf8')) as Record<string, string> : {};

const { fn: lectern, name } = await loadLectern();
const results: Record<string, unknown> = { pipeline: name, date: new Date().toISOString() };
const f3 = (n: number): string => n.toFixed(3);
console.log(`Lectern pipeline: ${name}`);

function plainFor(key: string, html: string, url: string): string {
  const cached = plainCache[key];
  if (cached !== undefined) return cached;
  const text = withDoc(html, url, plainReadability);
  plainCache[key] = text;
  return text;
}

interface TrafEntry { file: string; path: string; url: string; with: string[]; without: string[] }

function trafilatura(): void {
  const dir = join(SHARED, 'corpus/trafilatura');
  const entries = (JSON.parse(readFileSync(join(dir, 'eval.json'), 'utf8')) as TrafEntry[]).slice(0, limit);
  const c = { plain: { tp: 0, fn: 0, fp: 0, tn: 0 }, lectern: { tp: 0, fn: 0, fp: 0, tn: 0 } };
  const leaks = { plain: { newsletter: [] as string[], donation: [] as string[] }, lectern: { newsletter: [] as string[], donation: [] as string[] } };
  const perRule: Record<string, number> = {};
  const lost: string[] = [];
  const gained: string[] = [];
  let ms = 0;
  for (const e of entries) {
    const path = join(dir, e.path);
    if (!existsSync(path)) continue;
    const html = readFile(path);
    const url = /^https?:/.test(e.url) ? e.url : `https://${e.file.replace(/\.html?$/, '')}/`;
    const plain = squash(plainFor('t:' + e.path, html, url));
    const t0 = performance.now();
    const run = withDoc(html, url, (d) => lectern(d, url));
    ms += performance.now() - t0;
    const mine = squash(run.text);
    for (const r of run.removed) perRule[r.rule] = (perRule[r.rule] ?? 0) + 1;
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
  console.log(`\ntrafilatura (${entries.length} pages)      P      R      F1     acc   leaks(newsletter/donation)`);
  console.log(`  plain Readability        ${f3(sp.P)}  ${f3(sp.R)}  ${f3(sp.F1)}  ${f3(sp.acc)}  ${leaks.plain.newsletter.length}/${leaks.plain.donation.length}`);
  console.log(`  Lectern                  ${f3(sl.P)}  ${f3(sl.R)}  ${f3(sl.F1)}  ${f3(sl.acc)}  ${leaks.lectern.newsletter.length}/${leaks.lectern.donation.length}`);
  console.log(`  Lectern time: ${(ms / Math.max(1, entries.length)).toFixed(1)} ms/page (incl. Readability)`);
  console.log(`  removals by rule: ${Object.entries(perRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  with-snippets lost vs plain: ${lost.length}; without-snippets leaked that plain dropped: ${gained.length}`);
  if (verbose) {
    for (const l of lost) console.log('    LOST  ' + l);
    for (const l of gained) console.log('    ADDED ' + l);
    for (const l of [...leaks.lectern.newsletter, ...leaks.lectern.donation]) console.log('    LEAK  ' + l);
  } else {
    for (const l of lost.slice(0, 3)) console.log('    LOST  ' + l);
  }
  results.trafilatura = { pages: entries.length, plain: { ...c.plain, ...sp, leaks: leaks.plain }, lectern: { ...c.lectern, ...sl, leaks: leaks.lectern }, perRule, lost, gained };
}

function readabilityPages(): void {
  const dir = join(SHARED, 'corpus/readability/test-pages');
  const slugs = readdirSync(dir).sort().slice(0, limit);
  const rows: { slug: string; plain: number; lectern: number }[] = [];
  for (const slug of slugs) {
    const src = join(dir, slug, 'source.html');
    const exp = join(dir, slug, 'expected.html');
    if (!existsSync(src) || !existsSync(exp)) continue;
    const html = readFile(src);
    const url = `http://fakehost/test/${slug}/`;
    const expected = withDoc(readFile(exp), url, (d) => d.body?.textContent ?? '');
    const plain = plainFor('r:' + slug, html, url);
    const mine = withDoc(html, url, (d) => lectern(d, url).text);
    rows.push({ slug, plain: tokenRecall(expected, plain), lectern: tokenRecall(expected, mine) });
  }
  const mean = (k: 'plain' | 'lectern'): number => rows.reduce((a, r) => a + r[k], 0) / Math.max(1, rows.length);
  const ratio = mean('lectern') / Math.max(1e-9, mean('plain'));
  const worse = rows.filter((r) => r.lectern < r.plain - 0.01).sort((a, b) => (a.lectern - a.plain) - (b.lectern - b.plain));
  console.log(`\nreadability test pages (${rows.length})  text recall vs expected.html`);
  console.log(`  plain ${f3(mean('plain'))}   Lectern ${f3(mean('lectern'))}   ratio ${f3(ratio)} (target ≥ 0.990)`);
  console.log(`  pages >1 pt worse than plain: ${worse.length}`);
  for (const w of worse.slice(0, verbose ? 50 : 5)) console.log(`    ${w.slug}: plain ${f3(w.plain)} Lectern ${f3(w.lectern)}`);
  results.readability = { pages: rows.length, plain: mean('plain'), lectern: mean('lectern'), ratio, worse };
}

function seed(): void {
  const dir = join(SHARED, 'fixtures/seed');
  const exp = JSON.parse(readFileSync(join(dir, 'francesoir-boukamal.expected.json'), 'utf8')) as { url: string; mustKeep: string[]; mustDrop: string[] };
  const run = withDoc(readFile(join(dir, 'francesoir-boukamal.html')), exp.url, (d) => lectern(d, exp.url));
  const text = seedNorm(run.text);
  const missing = exp.mustKeep.filter((s) => !text.includes(seedNorm(s)));
  const leaked = exp.mustDrop.filter((s) => text.includes(seedNorm(s)));
  const ok = missing.length === 0 && leaked.length === 0;
  console.log(`\nseed replica: ${ok ? 'PASS' : 'FAIL'}  (kept ${exp.mustKeep.length - missing.length}/${exp.mustKeep.length}, dropped ${exp.mustDrop.length - leaked.length}/${exp.mustDrop.length}; removed rules: ${[...new Set(run.removed.map((r) => r.rule))].join(', ')})`);
  for (const m of missing) console.log('    MISSING ' + m);
  for (const l of leaked) console.log('    LEAKED  ' + l);
  results.seed = { ok, missing, leaked, rules: run.removed.map((r) => r.rule) };
}

if (!only || only === 'seed') seed();
if (!only || only === 'trafilatura') trafilatura();
if (!only || only === 'readability') readabilityPages();
writeFileSync(plainCachePath, JSON.stringify(plainCache));
writeFileSync(join(CACHE, 'eval.json'), JSON.stringify(results, null, 1));
console.log(`\nresults: ${join(CACHE, 'eval.json')}`);
