import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from './src/lib/extract';
import { isNewsArticle } from './src/lib/detect';
import { extractMetadata } from './src/lib/metadata';
const doc = new JSDOM('<html><body><p>intro</p></body></html>').window.document;
let node: Element = doc.body;
for (let i = 0; i < 5000; i++) { const d = doc.createElement('div'); node.appendChild(d); node = d; }
node.textContent = 'deep text '.repeat(100);
let t = performance.now();
const t0 = () => { const x = performance.now() - t; t = performance.now(); return x.toFixed(0); };
isNewsArticle(doc, 'https://a.example/x/long-slug-for-this-one'); console.log('detect', t0());
extractMetadata(doc, 'https://a.example/x'); console.log('meta', t0());
let c: Document | undefined;
try { c = doc.cloneNode(true) as Document; console.log('clone', t0()); } catch (e) { console.log('clone err', (e as Error).message, t0()); }
try { new Readability(c!).parse(); console.log('readability', t0()); } catch (e) { console.log('rd err', (e as Error).message, t0()); }
try { extractArticle(doc, 'https://a.example/x'); console.log('ok', t0()); } catch (e) { console.log('extract err', (e as any).code, (e as Error).message, t0()); }
