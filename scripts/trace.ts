// Developer aid: which rules were asked about the blocks holding a piece of text, and what the
// outlet-voice signals said. Usage: npx tsx scripts/trace.ts <fixture dir> "<text>"
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFile, withDoc } from './eval-lib';
import { extractArticle } from '../src/lib/extract';
import { ALL_RULES } from '../src/lib/clean/registry';
import { membershipOffer, namesOutlet, offersAct, outletVoice, selfPromo } from '../src/lib/clean/outlet-voice';
import { reportedSpeech, tailShare } from '../src/lib/clean/signals';
import type { Block } from '../src/lib/clean/types';

const [dir, needle] = process.argv.slice(2) as [string, string];
const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string };
const seen = new Set<string>();
for (const r of ALL_RULES) {
  const t = r.test;
  if (!t) continue;
  (r as { test: (b: Block) => boolean }).test = (b: Block) => {
    const v = t(b);
    if (b.text.includes(needle)) {
      const key = `${b.pass}|${b.tag}|${b.len}|${r.id}`;
      if (!seen.has(key)) {
        seen.add(key);
        console.log(`${b.pass} <${b.tag} ${b.hints.trim()}> len ${b.len} kids ${b.el.childElementCount} longP ${b.longParas} links ${b.linkCount} outlet [${b.outlet?.join('|')}]  ${r.id}: ${v}` +
          (r.id === 'outlet-promo' ? `  act ${offersAct(b)} voice ${outletVoice(b)} names ${namesOutlet(b)} offer ${membershipOffer(b)} reported ${reportedSpeech(b)} tail ${tailShare(b).toFixed(2)} self ${selfPromo(b)}` : ''));
      }
    }
    return v;
  };
}
withDoc(readFile(join(dir, 'source.html')), exp.url, (d) => extractArticle(d, exp.url));
