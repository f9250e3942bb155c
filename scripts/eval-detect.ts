// The detector (the badge) measured: on trafilatura's pages (mostly articles, some home, shop and
// about pages: an upper bound of what should light), Readability's pages (readerable: false must stay
// dark), and the hand-written metadata rounds, whose isArticle is the truth; there the pipeline's
// verdict (popup, CLI) is scored too, with every page where badge and pipeline disagree.
//   npm run eval:detect [-- --miss [--round=blind-r2]]   (misses of a held-out round: do not read)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { withDoc, readFile } from './eval-lib';
import { isNewsArticle } from '../src/lib/detect';
import { extractArticle } from '../src/lib/extract';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
const C = join(import.meta.dirname, '../../shared/corpus');
const tr = JSON.parse(readFileSync(join(C, 'trafilatura/eval.json'), 'utf8')) as Array<{ path: string; url: string }>;
let n = 0, hit = 0, pr = 0; const miss: string[] = [];
for (const e of tr) {
  const html = readFile(join(C, 'trafilatura', e.path));
  withDoc(html, e.url, (doc) => { n++; const r = isNewsArticle(doc, e.url); if (r.verdict) hit++; else miss.push(`${e.url} ${JSON.stringify(r.signals)}`); if (isProbablyReaderable(doc)) pr++; });
}
console.log(`trafilatura: detector ${hit}/${n} = ${(100*hit/n).toFixed(1)} %, isProbablyReaderable ${pr}/${n}`);
if (process.argv.includes('--miss')) for (const m of miss) console.log('  ', m.slice(0, 300));
const R = join(C, 'readability/test-pages');
let rt = 0, rth = 0, rf = 0, rfh = 0; const rmiss: string[] = [];
for (const slug of readdirSync(R)) {
  const meta = JSON.parse(readFileSync(join(R, slug, 'expected-metadata.json'), 'utf8'));
  const html = readFile(join(R, slug, 'source.html'));
  const url = 'http://fakehost/test/page.html';
  withDoc(html, url, (doc) => { const v = isNewsArticle(doc, url).verdict; if (meta.readerable) { rt++; if (v) rth++; else rmiss.push(slug); } else { rf++; if (v) rfh++; } });
}
console.log(`readability (URL unknown to the detector): readerable pages flagged ${rth}/${rt}, non-readerable flagged ${rfh}/${rf}`);
if (process.argv.includes('--miss')) console.log(rmiss.join(' '));

// Hand-written metadata rounds: isArticle is the truth. The content script's verdict (the badge) and
// the pipeline's (popup, CLI) are both scored, and every page where they disagree is counted.
const F = join(import.meta.dirname, '../test/fixtures');
for (const round of readdirSync(F).filter((d) => d.startsWith('blind')).sort()) {
  const dir = join(F, round, 'metadata');
  if (!existsSync(dir)) continue;
  let art = 0, artHit = 0, non = 0, nonHit = 0, disagree = 0, pipeArt = 0;
  const misses: string[] = [];
  for (const slug of readdirSync(dir)) {
    const expPath = join(dir, slug, 'expected.json');
    if (!existsSync(expPath)) continue;
    const exp = JSON.parse(readFileSync(expPath, 'utf8'));
    const html = readFile(join(dir, slug, 'source.html'));
    const badge = withDoc(html, exp.url, (doc) => isNewsArticle(doc, exp.url).verdict);
    const pipe = withDoc(html, exp.url, (doc) => extractArticle(doc, exp.url).isNewsArticle);
    if (badge !== pipe) disagree++;
    if (exp.isArticle) { art++; if (badge) artHit++; else misses.push(slug); if (pipe) pipeArt++; }
    else { non++; if (badge) { nonHit++; misses.push('!' + slug); } }
  }
  console.log(`${round}: badge on articles ${artHit}/${art}, on non-articles ${nonHit}/${non}; pipeline on articles ${pipeArt}/${art}; badge≠pipeline ${disagree}`);
  if (process.argv.includes('--miss') && process.argv.includes(`--round=${round}`)) console.log('  ', misses.join(' '));
}
