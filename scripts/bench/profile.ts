// Profiling driver: `node --cpu-prof --cpu-prof-dir=.cache/prof --import tsx scripts/bench/profile.ts
// [extract|plain|detect] [reps]` runs one code path over the bench sample, for a CPU profile of it.
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../src/cli/dom';
import { isNewsArticle } from '../../src/lib/detect';
import { extractArticle } from '../../src/lib/extract';
import { createArticleSanitizer } from '../../src/lib/sanitize';
import { loadSample } from './sample';

const what = process.argv[2] ?? 'extract';
const reps = Number(process.argv[3] ?? 2);
const sample = loadSample() ?? [];
let ms = 0;
for (const page of sample) {
  const dom = parseDocument(page.html, page.url);
  const t = performance.now();
  for (let r = 0; r < reps; r++) {
    try {
      if (what === 'plain') new Readability(dom.doc.cloneNode(true) as Document).parse();
      else if (what === 'detect') isNewsArticle(dom.doc, page.url);
      else createArticleSanitizer(dom.window).toHtml(extractArticle(dom.doc, page.url).html, { remoteImages: false });
    } catch {
      // timing only
    }
  }
  ms += performance.now() - t;
  dom.close();
}
console.log(`${what}: ${sample.length} pages × ${reps}: ${ms.toFixed(0)} ms`);
