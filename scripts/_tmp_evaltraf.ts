import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { extractMetadata } from '../src/lib/metadata/index';
import { renderCitation } from '../src/lib/citation/index';
const root = '/work/shared/corpus/trafilatura/';
const items = JSON.parse(readFileSync(root + 'eval.json', 'utf8')) as { path: string; url: string }[];
const times: number[] = []; let errs = 0, withA = 0, withD = 0, withT = 0; const types: Record<string, number> = {};
const samples: string[] = [];
for (const it of items) {
  let html: string; try { html = readFileSync(root + it.path, 'utf8'); } catch { continue; }
  const doc = new JSDOM(html, { url: it.url, virtualConsole: new VirtualConsole() }).window.document;
  const t = performance.now();
  try {
    const m = extractMetadata(doc, it.url);
    times.push(performance.now() - t);
    renderCitation(m, 'bibtex'); renderCitation(m, 'ris');
    if (m.authors.length) withA++; if (m.published) withD++; if (m.title) withT++;
    types[m.itemType] = (types[m.itemType] ?? 0) + 1;
    if (samples.length < 400) samples.push(`${it.url.slice(0, 60)} | ${m.authors.map((a) => a.name + (a.kind === 'organization' ? '[org]' : '')).join('; ')} | ${m.published ?? '-'} [${m.provenance.authors ?? ''}]`);
  } catch (e) { errs++; console.log('ERR', it.path, e); }
}
times.sort((a, b) => a - b);
console.log(samples.join('\n'));
console.log({ n: times.length, errs, withA, withD, withT, types, median: times[times.length >> 1]?.toFixed(1), p95: times[Math.floor(times.length * 0.95)]?.toFixed(1), max: times[times.length - 1]?.toFixed(0) });
