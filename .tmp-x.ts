import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from './src/lib/extract';
for (const f of process.argv.slice(2)) {
  const html = readFileSync('test/fixtures/extract/' + f, 'utf8');
  const dom = new JSDOM(html, { url: 'https://news.example/a/some-long-article-slug-here' });
  try {
    const a = extractArticle(dom.window.document, 'https://news.example/a/some-long-article-slug-here');
    console.log('=====', f, a.readerable, a.wordCount, a.notes, a.removed.map(r => r.rule + ':' + r.text.slice(0, 60)));
    console.log(a.text.slice(0, 1500)); console.log(a.html.slice(0, 1500));
  } catch (e) { console.log('=====', f, 'ERR', (e as any).code, (e as Error).message); }
}
