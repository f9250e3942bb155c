// Dev aid: what each author source reads on one metadata fixture (never on a held-out round).
//   npx tsx scripts/meta-why.ts test/fixtures/blind-r5/metadata/<dir> [...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { fromByline } from '../src/lib/metadata/byline';
import { fromEndByline } from '../src/lib/metadata/end-byline';
import { extractMetadata } from '../src/lib/metadata/index';
import { firstH1 } from '../src/lib/metadata/dom-scan';

for (const dir of process.argv.slice(2)) {
  const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string; authors: unknown; published?: string; title: string };
  const doc = new JSDOM(readFileSync(join(dir, 'source.html'), 'utf8'), { url: exp.url }).window.document;
  const h1 = firstH1(doc);
  const m = extractMetadata(doc, exp.url, { now: new Date('2026-12-01') });
  console.log(`== ${dir}`);
  console.log('  byline   ', JSON.stringify(fromByline(doc, h1).map((c) => [c.from, c.value])));
  console.log('  end      ', JSON.stringify(fromEndByline(doc, h1).map((c) => [c.from, c.value])));
  console.log('  authors  ', JSON.stringify(m.authors), m.provenance.authors);
  console.log('  expected ', JSON.stringify(exp.authors));
  console.log('  date     ', m.published, m.provenance.published, 'expected', exp.published);
  console.log('  title    ', m.title, m.provenance.title);
}
