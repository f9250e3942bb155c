import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
const html = readFileSync(process.argv[2]!, 'utf8');
const doc = new JSDOM(html).window.document;
const r = new Readability(doc, { charThreshold: 500 }).parse();
console.log(r?.textContent?.replace(/\s+/g, ' ').slice(0, 300));
