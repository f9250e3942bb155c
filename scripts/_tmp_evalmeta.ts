import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { extractMetadata } from '../src/lib/metadata/index';
const root = '/work/shared/corpus/readability/test-pages/';
const norm = (s: unknown) => String(s ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
let n = 0, t = 0, a = 0, d = 0, dn = 0;
const rows: string[] = [];
for (const slug of readdirSync(root)) {
  const f = root + slug + '/source.html';
  if (!existsSync(f)) continue;
  const exp = JSON.parse(readFileSync(root + slug + '/expected-metadata.json', 'utf8'));
  const vc = new VirtualConsole();
  const doc = new JSDOM(readFileSync(f, 'utf8'), { url: 'http://fakehost/test/page.html', virtualConsole: vc }).window.document;
  const m = extractMetadata(doc, 'http://fakehost/test/page.html', { now: new Date('2026-11-24') });
  n++;
  const tOk = norm(m.title) === norm(exp.title); if (tOk) t++;
  const by = m.authors.map((x) => x.name).join(', ');
  const aOk = norm(by) === norm(exp.byline ?? '') ; if (aOk) a++;
  if (exp.publishedTime) { dn++; }
  const dOk = (!exp.publishedTime && !m.published) || (exp.publishedTime && m.published && Date.parse(exp.publishedTime) === Date.parse(m.published));
  if (dOk) d++;
  if (!tOk) rows.push(`T ${slug}: ours=${JSON.stringify(m.title)} | rdb=${JSON.stringify(exp.title)} [${m.provenance.title}]`);
  if (!aOk) rows.push(`A ${slug}: ours=${JSON.stringify(by)} | rdb=${JSON.stringify(exp.byline)} [${m.provenance.authors}]`);
  if (!dOk) rows.push(`D ${slug}: ours=${m.published} | rdb=${exp.publishedTime} [${m.provenance.published}]`);
}
console.log(rows.join('\n'));
console.log({ n, title: t, authors: a, date: d, withDate: dn });
