import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { extractMetadata } from '../src/lib/metadata/index';
import { fromByline } from '../src/lib/metadata/byline';
import { fromJsonLd } from '../src/lib/metadata/json-ld';
import { fromTimeElements } from '../src/lib/metadata/time-element';
import { readMetaTags } from '../src/lib/metadata/candidates';
const root = '/work/shared/corpus/trafilatura/';
const items = JSON.parse(readFileSync(root + 'eval.json', 'utf8')) as { path: string; url: string }[];
for (const it of items.slice(0, 481)) {
  let html: string; try { html = readFileSync(root + it.path, 'utf8'); } catch { continue; }
  const doc = new JSDOM(html, { url: it.url, virtualConsole: new VirtualConsole() }).window.document;
  const t = performance.now(); extractMetadata(doc, it.url); const total = performance.now() - t;
  if (total < 800) continue;
  const ph: Record<string, number> = {};
  for (const [k, f] of Object.entries({ byline: () => fromByline(doc), jsonld: () => fromJsonLd(doc), time: () => fromTimeElements(doc), meta: () => readMetaTags(doc) })) { const s = performance.now(); f(); ph[k] = Math.round(performance.now() - s); }
  console.log(it.path, Math.round(total), JSON.stringify(ph), doc.querySelectorAll('*').length);
}
