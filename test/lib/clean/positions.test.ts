// Restore positions (clean/positions.ts): a removed block is restored where it stood in the finished
// article, found from the neighbours it had when removed, whichever pass removed it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockContainer, neighboursOf, placeRemovals } from '../../../src/lib/clean/positions';
import { extractArticle } from '../../../src/lib/extract';
import type { Removal } from '../../../src/lib/types';
import { docFrom, FIXTURES, norm } from './helpers';

const P = (n: number): string => `<p id="p${n}">Paragraph ${n} of the article, long enough to be a real paragraph of running text.</p>`;

describe('placeRemovals', () => {
  it('puts a block before the neighbour that followed it, else after the one before it', () => {
    const doc = docFrom(`<body><div id="root"><div><div id="c">${P(1)}<aside id="x">box</aside>${P(2)}<aside id="y">box</aside><p id="gone">g</p>${P(3)}</div></div></div></body>`);
    const root = doc.getElementById('root') as Element;
    expect(blockContainer(root).id).toBe('c');
    const x = doc.getElementById('x') as Element;
    const y = doc.getElementById('y') as Element;
    const rx: Removal = { rule: 'r', text: 'box' };
    const ry: Removal = { rule: 'r', text: 'box' };
    const anchors = new Map([[rx, neighboursOf(x, root)], [ry, neighboursOf(y, root)]]);
    x.remove();
    y.remove();
    doc.getElementById('gone')?.remove(); // y's next neighbour left too: the one after it decides
    placeRemovals(root, anchors);
    expect(rx.position).toBe(1); // before p2 (index 1 once x is gone)
    expect(ry.position).toBe(2); // before p3
  });

  it('goes last when nothing around it survived, first when it stood above the main text', () => {
    const doc = docFrom(`<body><div id="root"><nav id="crumbs"><a href="/">Home</a></nav><div id="main">${P(1)}${P(2)}</div><div id="side"><p>x</p></div></div></body>`);
    const root = doc.getElementById('root') as Element;
    const main = doc.getElementById('main') as Element;
    const crumbs: Removal = { rule: 'site-chrome', text: 'Home' };
    const side: Removal = { rule: 'related-links', text: 'x' };
    const anchors = new Map([
      [crumbs, neighboursOf(doc.getElementById('crumbs') as Element, root, main)],
      [side, neighboursOf(doc.getElementById('side') as Element, root, main)],
    ]);
    // The article is rebuilt elsewhere (as Readability does): only the paragraphs survive.
    const article = docFrom('<body><div id="out"></div></body>').getElementById('out') as Element;
    article.append(...Array.from(main.children));
    doc.getElementById('crumbs')?.remove();
    doc.getElementById('side')?.remove();
    placeRemovals(article, anchors);
    expect(crumbs.position).toBe(0);
    expect(side.position).toBeUndefined();
  });
});

describe('restore positions through extractArticle', () => {
  it('a sign-up box between two paragraphs is restored between them; an appeal after the end goes last', () => {
    const body = [1, 2, 3, 4, 5, 6].map((n) => `<p>Paragraph ${n}: the harbour authority said the new quay would open in the spring, after two years of works and a long dispute over costs with the town.</p>`);
    const html = `<html lang="en"><head><title>Quay opens</title></head><body><header class="site-header"><a href="/">Home</a></header><main><article><h1>Quay opens</h1>
      <p class="dateline">Published 3 May 2024</p>
      <div class="article-body">${body.slice(0, 3).join('')}
      <div class="newsletter-box"><p>Sign up for our newsletter and get the day's news in your inbox every morning.</p><form action="/newsletter/subscribe"><input type="email" name="email"><button>Subscribe</button></form></div>
      ${body.slice(3).join('')}
      <div class="support"><p>Support our journalism: please make a donation today.</p><a href="/donate">Donate</a></div></div></article></main></body></html>`;
    const a = extractArticle(docFrom(html, 'https://harbour.example/news/quay'), 'https://harbour.example/news/quay');
    const box = a.removed.find((r) => r.rule === 'newsletter-signup');
    const appeal = a.removed.find((r) => r.rule === 'donation-appeal');
    expect(box?.position).toBe(3); // before paragraph 4
    expect(appeal).toBeDefined();
    expect(appeal?.position).toBeUndefined();
  });

  it('on every clean fixture, a placed block goes between blocks that stood before and after it', () => {
    const key = (s: string | null | undefined): string => norm(s ?? '').slice(0, 40);
    let placed = 0;
    for (const slug of readdirSync(FIXTURES).filter((s) => !s.startsWith('.'))) {
      const html = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
      const { url } = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as { url: string };
      const doc = docFrom(html, url);
      const src = norm(doc.body.textContent ?? '');
      const a = extractArticle(doc, url);
      const blocks = Array.from(blockContainer(docFrom(`<body><div id="a">${a.html}</div></body>`).getElementById('a') as Element).children);
      for (const r of a.removed) {
        const at = src.indexOf(key(r.text));
        if (r.position === undefined || at < 0) continue;
        placed++;
        const prev = key(blocks[r.position - 1]?.textContent);
        const next = key(blocks[r.position]?.textContent);
        if (prev) expect(src.indexOf(prev), `${slug}: ${r.rule} after "${prev}"`).toBeLessThan(at);
        if (next) expect(src.indexOf(next), `${slug}: ${r.rule} before "${next}"`).toBeGreaterThan(at);
      }
    }
    expect(placed).toBeGreaterThan(30);
  });
});
