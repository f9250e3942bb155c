import { describe, expect, it } from 'vitest';
import { findFocus, pruneOutside } from '../../../src/lib/extract/focus';

const para = (words: string): string => `<p>${words} ${'and the reporting goes on with more detail. '.repeat(4)}</p>`;

function page(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html; // test fixture written here, never page input
  return doc.body;
}

const STORY = `
  <header class="site"><a href="/">Home</a><ul>${'<li><a href="/s">Section</a></li>'.repeat(30)}</ul></header>
  <div id="wrap">
    <aside id="side"><p>Short teaser line in the sidebar.</p><ul>${'<li><a href="/t">Teaser</a></li>'.repeat(20)}</ul></aside>
    <main id="main">
      <h1>Headline of the story</h1>
      <div id="body">${para('First paragraph.')}${para('Second paragraph.')}${para('Third paragraph.')}</div>
      <div id="after"><p>Related: a short line</p></div>
    </main>
  </div>
  <footer>${'<a href="/f">Footer link</a>'.repeat(20)}</footer>`;

describe('findFocus', () => {
  it('climbs from the paragraph container to the holder of 90% of the text; the region is one level above', () => {
    const body = page(STORY);
    const { holder, region } = findFocus(body);
    expect(holder.id).toBe('body');
    expect(region.id).toBe('main');
  });

  it('counts a paragraph by its text, not by the template indentation inside it', () => {
    // One <p> of a recipe's tool list, indented by its template: 120 characters of text in 700 of source.
    const indented = '<p>' + ('Backpinsel,' + ' '.repeat(60) + '\n').repeat(10) + '</p>';
    const body = page(`<div id="steps">${'<div class="step">Mix the flour with the sugar and the soft butter, then add the eggs one by one.</div>'.repeat(12)}</div>` +
      `<div id="tools">${indented}</div>`);
    const { holder, region } = findFocus(body);
    expect(holder).toBe(body);
    expect(region).toBe(body);
  });

  it('stays at the root when the text is spread (a front page of many stories)', () => {
    const body = page(`<div>${para('One.')}</div><div>${para('Two.')}</div><div>${para('Three.')}</div>`);
    expect(findFocus(body)).toEqual({ holder: body, region: body });
  });

  it('never settles inside a comment thread: the article beside a long thread stays in the region', () => {
    // A recipe: its steps are list items (they do not vote), the readers' comments are paragraphs.
    const comment = (n: number): string => `<li class="comment"><p>Comment ${n}: tried it yesterday, the muffins came out well, thanks for sharing.</p></li>`;
    const body = page(`<div id="content"><article id="recipe"><h1>Basic muffins</h1><ol>${'<li>Mix the flour with sugar and butter.</li>'.repeat(6)}</ol></article>
      <div id="commentsbox"><ol class="commentlist">${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</ol></div></div><aside id="side"><p>Sidebar teaser text that is long enough to vote.</p></aside>`);
    const { holder, region } = findFocus(body);
    expect(holder.id).toBe('content');
    expect(region).toBe(body);
    expect(region.contains(body.querySelector('#recipe'))).toBe(true);
  });

  it('keeps a commentary column, which is an article and not a comment thread', () => {
    const body = page(`<div id="wrap"><div class="commentary">${para('One.')}${para('Two.')}${para('Three.')}</div><aside><p>Short teaser line in the sidebar.</p></aside></div>`);
    expect(findFocus(body).holder.className).toBe('commentary');
  });

  it('stays at the root when the page has too little paragraph text to judge', () => {
    const body = page('<div><div><p>Only a short paragraph here, nothing more to read.</p></div></div>');
    expect(findFocus(body)).toEqual({ holder: body, region: body });
  });
});

describe('pruneOutside', () => {
  it('drops everything beside the path to the region, keeps headline, structured data and every paragraph', () => {
    const body = page(`<script type="application/ld+json">{"@type":"NewsArticle"}</script><div class="top"><h1>Title</h1></div>${STORY}`);
    const before = body.querySelectorAll('#body p').length;
    const removed = pruneOutside(body, body.querySelector('#main') as Element);
    expect(removed).toBeGreaterThan(0);
    expect(body.querySelector('#side')).toBeNull();
    expect(body.querySelector('footer')).toBeNull();
    expect(body.querySelector('header.site')).toBeNull();
    expect(body.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(body.querySelector('.top h1')?.textContent).toBe('Title');
    expect(body.querySelectorAll('#body p').length).toBe(before);
    expect(body.querySelector('#after')).not.toBeNull();
  });

  it('keeps a box beside the path that holds a microdata headline (and the standfirst beside it)', () => {
    const body = page(`<div id="head"><div itemprop="headline">Title without an h1</div><p class="excerpt">The standfirst.</p></div>${STORY}`);
    pruneOutside(body, body.querySelector('#main') as Element);
    expect(body.querySelector('#head .excerpt')?.textContent).toBe('The standfirst.');
  });

  it('removes nothing when the region is the root', () => {
    const body = page(STORY);
    expect(pruneOutside(body, body)).toBe(0);
  });
});
