// npm run bench: Lectern vs plain Readability 0.6.0 on a fixed sample of ../shared/corpus (issue 7).
// One run, alternating A/B per page: A = plain Readability on a fresh clone, B = extractArticle +
// sanitize. First under jsdom (the CLI), then inside real Chromium pages. Prints markdown tables and
// writes .cache/bench.json. Skips cleanly when ../shared/corpus is absent. Under jsdom the peer
// defuddle (D, issue 18) is timed in the same loop, on its own freshly parsed DOM per run.
//   --jsdom-only | --chromium-only   --reps=N (A/B pairs per page, default 3)   --verbose
//   --no-defuddle   leave D out (the jsdom loop is then A/B only, as before issue 18)
//   --cold    also time each extractor's first call in a fresh node process (every 10th page)
//   --popup   also time the real popup (needs npm run build) on a median-size sample page
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { loadSample, SHARED_CORPUS } from './bench/sample';
import { runJsdom } from './bench/jsdom';
import { COLD_EXTRACTORS, coldPages, runCold } from './bench/cold';
import { runCitations } from './bench/citation';
import { runChromium, CHROMIUM } from './bench/chromium';
import { runPopup, popupLine } from './bench/popup';
import { HEADER, ratio, ratioLine, row, stageTable, summarize } from './bench/stats';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const reps = Math.max(1, Number(args.find((a) => a.startsWith('--reps='))?.slice(7) ?? 3));
const withDefuddle = !flag('no-defuddle');
const DEFUDDLE = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../node_modules/defuddle/package.json'), 'utf8')) as { version: string }).version;
const log = flag('verbose') ? (line: string): void => console.log(`  ${line}`) : undefined;

const sample = loadSample();
if (!sample?.length) {
  console.log(`bench: ${SHARED_CORPUS} not found (or empty), skipping.`);
  process.exit(0);
}
const CACHE = resolve(import.meta.dirname, '../.cache');
mkdirSync(CACHE, { recursive: true });
const out: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  reps,
  cpus: cpus().length,
  loadavg: loadavg(),
  sample: sample.map((p) => ({ id: p.id, corpus: p.corpus, path: p.path, bytes: p.bytes })),
};
const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
console.log(`bench: ${sample.length} pages (${sample.filter((p) => p.corpus === 'trafilatura').length} trafilatura, ${sample.filter((p) => p.corpus === 'readability').length} readability), ${reps} A/B pairs per page; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
// Absolute times move with machine load; the ratios (same page, alternating A/B) are what to compare.
if ((loadavg()[0] ?? 0) > cpus().length) console.log('bench: the machine is busy, absolute times will be inflated; compare the ratios.');

if (!flag('chromium-only')) {
  const run = runJsdom(sample, { reps, warmupPages: 3, defuddle: withDefuddle, log });
  const p = run.pages;
  const cites = runCitations(run.metadata);
  const r = ratio(p.map((x) => x.lecternMs), p.map((x) => x.plainMs));
  const errors = p.filter((x) => x.lecternError).map((x) => `${x.id}:${x.lecternError}`);
  const firstCsl = Object.entries(cites.first);
  console.log(`\n### jsdom (node ${process.version}, jsdom 29)\n\n${HEADER}`);
  console.log(row('DOM parse (not in A or B)', summarize(p.map((x) => x.parseMs))));
  console.log(row('detection (isNewsArticle), first call', summarize(p.map((x) => x.detectColdMs))));
  console.log(row('detection, warm', summarize(p.map((x) => x.detectWarmMs))));
  console.log(row('A: plain Readability (clone + parse)', summarize(p.map((x) => x.plainMs))));
  console.log(row('B: Lectern extraction + sanitize', summarize(p.map((x) => x.lecternMs)), errors.length ? `errors: ${errors.join(', ')}` : ''));
  console.log(row('B without sanitize', summarize(p.map((x) => x.extractMs))));
  const dErrors = p.filter((x) => x.defuddleError).map((x) => `${x.id}:${x.defuddleError}`);
  if (withDefuddle) console.log(row(`D: defuddle ${DEFUDDLE} parse() (own DOM)`, summarize(p.map((x) => x.defuddleMs ?? NaN)), dErrors.length ? `logged errors: ${dErrors.join(', ')}` : ''));
  console.log(row('citation, first render per style', summarize(firstCsl.map(([, ms]) => ms)), firstCsl.map(([s, ms]) => `${s} ${ms.toFixed(0)}`).join(', ')));
  console.log(row('citation, warm re-render (all styles)', summarize(cites.warm)));
  console.log(row('citation, warm re-render (CSL styles)', summarize(cites.warmCsl)));
  console.log(`\n${ratioLine(r)}; B ≤ plain on ${pct(p.filter((x) => x.lecternMs <= x.plainMs).length / p.length)} of pages`);
  console.log(`Without sanitize: ${ratioLine(ratio(p.map((x) => x.extractMs), p.map((x) => x.plainMs)))}`);
  const d = p.map((x) => x.defuddleMs ?? NaN);
  const dr = withDefuddle ? ratio(d, p.map((x) => x.plainMs)) : undefined;
  if (dr) {
    console.log(`Peer: ${ratioLine(dr, `defuddle ${DEFUDDLE}`)}; D ≤ plain on ${pct(p.filter((x) => (x.defuddleMs ?? Infinity) <= x.plainMs).length / p.length)} of pages`);
    console.log(`Lectern vs peer: ${ratioLine(ratio(p.map((x) => x.lecternMs), d), 'Lectern', `defuddle ${DEFUDDLE}`)}; without sanitize ${ratio(p.map((x) => x.extractMs), d).medianOfRatios.toFixed(2)}× (median of per-page ratios)`);
  }
  console.log(`\nWhere the time goes (jsdom):\n\n${stageTable(p)}`);
  out.jsdom = { pages: p, ratio: r, citations: cites, ...(dr ? { defuddle: { version: DEFUDDLE, ratio: dr } } : {}) };
  if (flag('cold')) {
    const pages = coldPages(sample);
    const extractors = COLD_EXTRACTORS.filter((e) => withDefuddle || e !== 'defuddle');
    const cold = runCold(pages, extractors, log);
    const warmOf = (id: string, e: string): number => {
      const t = p.find((x) => x.id === id);
      return (e === 'plain' ? t?.plainMs : e === 'lectern' ? t?.lecternMs : t?.defuddleMs) ?? NaN;
    };
    const label: Record<string, string> = { plain: 'A: plain Readability', lectern: 'B: Lectern + sanitize', defuddle: `D: defuddle ${DEFUDDLE}` };
    console.log(`\nFirst call in a fresh node process (cold), ${pages.length} pages (${pages.map((x) => x.id).join(', ')}), one process per extractor and page:\n\n${HEADER}`);
    for (const e of extractors) {
      const c = cold.filter((x) => x.extractor === e);
      const factor = c.map((x) => x.ms / Math.max(warmOf(x.id, e), 0.01));
      console.log(row(`${label[e]}, cold`, summarize(c.map((x) => x.ms)), `cold / warm on the same page: median ${summarize(factor).median.toFixed(1)}×, max ${summarize(factor).max.toFixed(1)}×`));
      console.log(row(`${label[e]}, warm (same pages)`, summarize(c.map((x) => warmOf(x.id, e)))));
    }
    const byId = (e: string): Map<string, number> => new Map(cold.filter((x) => x.extractor === e).map((x) => [x.id, x.ms]));
    const [cp, cl, cd] = [byId('plain'), byId('lectern'), byId('defuddle')];
    const ids = pages.map((x) => x.id);
    console.log(`\nCold: ${ratioLine(ratio(ids.map((id) => cl.get(id) ?? NaN), ids.map((id) => cp.get(id) ?? NaN)))}`);
    if (cd.size) console.log(`Cold: ${ratioLine(ratio(ids.map((id) => cd.get(id) ?? NaN), ids.map((id) => cp.get(id) ?? NaN)), `defuddle ${DEFUDDLE}`)}`);
    const lc = cold.filter((x) => x.extractor === 'lectern');
    console.log(`\nWhere Lectern's cold time goes (first call in a fresh process):\n\n${stageTable(lc.map((x) => ({ plainMs: cp.get(x.id) ?? NaN, stages: x.stages ?? {} })))}`);
    out.jsdomCold = cold;
  }
}

if (!flag('jsdom-only')) {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nbench: ${CHROMIUM} not found, skipping the Chromium half.`);
  } else {
    const run = await runChromium(sample, { reps, log });
    const p = run.pages;
    const r = ratio(p.map((x) => x.lecternMs), p.map((x) => x.plainMs));
    const errors = p.filter((x) => x.lecternError).map((x) => `${x.id}:${x.lecternError}`);
    console.log(`\n### Chromium ${run.version} (headless, measured in the page with performance.now(), ${(run.resolutionMs * 1000).toFixed(0)} µs steps)\n\n${HEADER}`);
    console.log(row('detection (isNewsArticle), first call', summarize(p.map((x) => x.detectColdMs)), 'target ≤ 1 ms median, ≤ 5 ms p95'));
    console.log(row('detection, warm (mean of 20)', summarize(p.map((x) => x.detectWarmMs))));
    console.log(row('A: plain Readability, first run in page', summarize(p.map((x) => x.plainColdMs))));
    console.log(row('B: Lectern + sanitize, first run in page', summarize(p.map((x) => x.lecternColdMs))));
    console.log(row('A: plain Readability (clone + parse)', summarize(p.map((x) => x.plainMs))));
    console.log(row('B: Lectern extraction + sanitize', summarize(p.map((x) => x.lecternMs)), errors.length ? `errors: ${errors.join(', ')}` : ''));
    console.log(row('B without sanitize', summarize(p.map((x) => x.extractMs))));
    if (run.citations) {
      console.log(row('citation, first render per style', summarize(Object.values(run.citations.first))));
      console.log(row('citation, warm re-render (CSL styles)', summarize(run.citations.warmCsl), 'target ≤ 20 ms'));
    }
    const cold = ratio(p.map((x) => x.lecternColdMs), p.map((x) => x.plainColdMs));
    console.log(`\n${ratioLine(r)}; B ≤ plain on ${pct(p.filter((x) => x.lecternMs <= x.plainMs).length / p.length)} of pages`);
    console.log(`First run in page: ${ratioLine(cold)}`);
    console.log(`Without sanitize: ${ratioLine(ratio(p.map((x) => x.extractMs), p.map((x) => x.plainMs)))}`);
    console.log(`\nWhere the time goes (Chromium, warm runs):\n\n${stageTable(p)}`);
    out.chromium = { version: run.version, resolutionMs: run.resolutionMs, pages: p, ratio: r, coldRatio: cold, citations: run.citations };
    if (flag('popup')) {
      if (!existsSync(resolve(import.meta.dirname, '../dist/chrome/manifest.json'))) console.log('\nbench: dist/chrome missing (npm run build), skipping --popup.');
      else {
        const popup = await runPopup(sample, 7);
        console.log(`\n${popupLine(popup)}`);
        out.popup = popup;
      }
    }
  }
}

writeFileSync(join(CACHE, 'bench.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`\nwrote .cache/bench.json`);
