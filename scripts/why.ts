// Developer aid: for each mustDrop snippet that leaks on a promo fixture page, print where it sits in
// the source page (the chain of boxes around it, outline of the nearest box) so a leak can be traced
// to a class of failure. Usage: npx tsx scripts/why.ts <fixture dir> [more dirs…]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFile, seedNorm, withDoc } from './eval-lib';
import { extractArticle } from '../src/lib/extract';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const tagOf = (e: Element): string => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).slice(0, 3).join('.') : '');

function smallest(root: Element, snip: string): Element | null {
  let best: Element | null = null;
  for (const el of root.querySelectorAll('*')) if (norm(el.textContent ?? '').includes(snip)) best = el;
  return best;
}

function outline(el: Element, depth = 0, out: string[] = []): string[] {
  if (out.length > 40) return out;
  const own = norm([...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' '));
  const href = el.getAttribute('href');
  out.push('  '.repeat(depth) + tagOf(el) + (href ? ` [${href.slice(0, 60)}]` : '') + (own ? ` "${own.slice(0, 70)}"` : ''));
  for (const c of el.children) if (!/^(SCRIPT|STYLE|SVG)$/.test(c.tagName)) outline(c, depth + 1, out);
  return out;
}

for (const dir of process.argv.slice(2)) {
  const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string; mustDrop: string[] };
  const html = readFile(join(dir, 'source.html'));
  const res = withDoc(html, exp.url, (d) => extractArticle(d, exp.url) as unknown as { text: string; removed: { rule: string; text: string }[] });
  const text = seedNorm(res.text);
  const leaked = exp.mustDrop.filter((s) => text.includes(seedNorm(s)));
  console.log(`\n=== ${dir.split('/').pop()}  leaked ${leaked.length}/${exp.mustDrop.length}; removed: ${res.removed.map((r) => r.rule + ':' + r.text.slice(0, 40)).join(' | ')}`);
  withDoc(html, exp.url, (d) => {
    const seenBoxes = new Set<Element>();
    for (const s of leaked) {
      const el = smallest(d.body, norm(s));
      if (!el) { console.log(`  ? ${s.slice(0, 60)}`); continue; }
      let box: Element = el;
      while (box.parentElement && box.parentElement !== d.body && norm(box.parentElement.textContent ?? '').length < 1500) box = box.parentElement;
      const chain: string[] = [];
      for (let a: Element | null = el; a && a !== d.body; a = a.parentElement) chain.push(tagOf(a));
      console.log(`  LEAK ${s.slice(0, 70)}\n    chain: ${chain.slice(0, 6).join(' < ')}`);
      if (!seenBoxes.has(box)) { seenBoxes.add(box); console.log(outline(box, 3).join('\n')); }
    }
  });
}
