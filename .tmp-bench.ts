import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from './src/lib/extract';
const ROOT = '/work/shared/corpus/trafilatura';
const items = JSON.parse(readFileSync(path.join(ROOT, 'eval.json'), 'utf8')) as { file: string; path: string; url: string; with: string[]; without: string[] }[];
function decode(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  try { return new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { /* */ }
  const m = /<meta[^>]+charset=["']?([\w-]+)/i.exec(buf.subarray(0, 4096).toString('latin1'));
  try { return new TextDecoder(m?.[1] ?? 'windows-1252').decode(buf); } catch { return new TextDecoder('windows-1252').decode(buf); }
}
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
const limit = Number(process.argv[2] ?? items.length);
const score = { plain: { tp: 0, fp: 0, fn: 0, tn: 0 }, lectern: { tp: 0, fp: 0, fn: 0, tn: 0 } };
const tPlain: number[] = [], tLec: number[] = [];
const lostExamples: string[] = [];
let errors = 0;
const vc = new VirtualConsole();
for (const [i, it] of items.slice(0, limit).entries()) {
  const html = decode(readFileSync(path.join(ROOT, it.path)));
  const dom = new JSDOM(html, { url: it.url, virtualConsole: vc }); const doc = dom.window.document;
  const run = { plain: '', lectern: '' };
  const doPlain = () => { const t = performance.now(); const r = new Readability(doc.cloneNode(true) as Document).parse(); tPlain.push(performance.now() - t); run.plain = r?.textContent ?? ''; };
  const doLec = () => { const t = performance.now(); try { run.lectern = extractArticle(doc, it.url).text; } catch (e) { errors++; } tLec.push(performance.now() - t); };
  if (i % 2) { doPlain(); doLec(); } else { doLec(); doPlain(); }
  dom.window.close();
  for (const k of ['plain', 'lectern'] as const) {
    const text = ws(run[k]);
    for (const w of it.with) { if (text.includes(ws(w))) score[k].tp++; else { score[k].fn++; if (k === 'lectern' && ws(run.plain).includes(ws(w))) lostExamples.push(it.file + ': ' + w.slice(0, 80)); } }
    for (const w of it.without) { if (text.includes(ws(w))) score[k].fp++; else score[k].tn++; }
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
const p95 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length * 0.95)]!;
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
for (const k of ['plain', 'lectern'] as const) {
  const s = score[k]; const P = s.tp / (s.tp + s.fp), R = s.tp / (s.tp + s.fn), F = 2 * s.tp / (2 * s.tp + s.fp + s.fn);
  console.log(k, 'P', P.toFixed(3), 'R', R.toFixed(3), 'F1', F.toFixed(3));
}
const ratios = tLec.map((t, i) => t / tPlain[i]!);
console.log('pages', tLec.length, 'errors', errors, 'median plain', med(tPlain).toFixed(1), 'median lectern', med(tLec).toFixed(1), 'p95', p95(tPlain).toFixed(0), p95(tLec).toFixed(0), 'total ratio', (sum(tLec) / sum(tPlain)).toFixed(2), 'median per-page ratio', med(ratios).toFixed(2));
console.log('lost vs plain:', lostExamples.length); console.log(lostExamples.slice(0, 25).join('\n'));
