// The byline scan reads only the elements near the headline: these pin the cases where it must
// still look farther (the closest byline at any distance, an enclosing byline far above).
import { describe, expect, it } from 'vitest';
import { around } from '../../../src/lib/metadata/around';
import { fromByline } from '../../../src/lib/metadata/byline';
import { descendantCount } from '../../../src/lib/extract/safe-dom';
import { docOf } from './helpers';

const filler = (n: number): string => '<p>Filler paragraph.</p>'.repeat(n);
const names = (doc: Document): string[] =>
  fromByline(doc).flatMap((c) => (c.field === 'authors' ? c.value.map((v) => `${c.from}=${v.name.trim()}`) : []));

describe('around', () => {
  const doc = docOf('<body><div id="a"><p id="b"></p></div><h1 id="h"></h1><p id="c"><em id="d"></em></p></body>');
  const ids = (els: (Element | null)[]): (string | null)[] => els.map((e) => e?.id ?? null);

  it('reads outward from the anchor in document order, null past either end', () => {
    const scan = around(doc, doc.body, doc.getElementById('h'));
    expect(ids([-3, -2, -1, 0, 1, 2, 3].map((d) => scan?.at(d) ?? null))).toEqual([null, 'a', 'b', 'h', 'c', 'd', null]);
  });

  it('anchors at the first element when the anchor is not inside the body', () => {
    const scan = around(doc, doc.body, doc.head);
    expect(ids([0, 1, -1].map((d) => scan?.at(d) ?? null))).toEqual(['a', 'b', null]);
    expect(around(doc, doc.body, doc.body)?.at(0)?.id).toBe('a');
    expect(around(docOf('<body>text</body>'), docOf('<body>text</body>').body, null)).toBeNull();
  });

  it('tests ancestors below the body only', () => {
    const scan = around(doc, doc.body, null);
    const d = doc.getElementById('d') as Element;
    expect(scan?.someAncestor(d, (a) => a.id === 'c')).toBe(true);
    expect(scan?.someAncestor(d, (a) => a.localName === 'body' || a.localName === 'html')).toBe(false);
  });
});

describe('descendantCount', () => {
  it('counts through the prototype when a form control shadows the member', () => {
    const doc = docOf('<body><form id="f"><input name="getElementsByTagName"><p><b></b></p></form></body>');
    expect(descendantCount(doc.getElementById('f') as Element)).toBe(3);
  });
});

describe('fromByline beyond the headline window', () => {
  it('reads the real body when a named element shadows document.body (F8)', () => {
    const doc = docOf('<body><h1>Headline</h1><div class="byline">By Jane Doe</div><img name="body" alt=""><p>Text.</p></body>');
    // Browsers expose <img name="body"> as document.body (named properties); jsdom does not, so shadow it here.
    Object.defineProperty(doc, 'body', { value: doc.querySelector('img'), configurable: true });
    expect(names(doc)).toContain('byline=By Jane Doe');
  });

  it('takes the closest byline however far from the headline, the earlier one on a tie', () => {
    const doc = docOf(`<body><div class="byline">By Early Author</div>${filler(200)}<h1>Headline</h1>${filler(200)}<div class="byline">By Late Author</div></body>`);
    expect(names(doc)).toEqual(['byline=By Early Author']);
    const later = docOf(`<body><div class="byline">By Early Author</div>${filler(201)}<h1>Headline</h1>${filler(199)}<div class="byline">By Late Author</div></body>`);
    expect(names(later)).toEqual(['byline=By Late Author']);
  });

  it('counts the elements of the nav/footer/aside/form subtrees it steps over', () => {
    const html = (after: number): string =>
      `<body><div class="byline">By Early Author</div><nav>${'<i></i>'.repeat(199)}</nav><h1>Headline</h1>${'<p>x</p>'.repeat(after)}<div class="byline">By Late Author</div></body>`;
    // Early is 201 elements before the headline: Late at 200 after wins, at 201 after (a tie) loses.
    expect(names(docOf(html(199)))).toEqual(['byline=By Late Author']);
    expect(names(docOf(html(200)))).toEqual(['byline=By Early Author']);
  });

  it('walks into a form that holds the headline (pages wrapped in one form)', () => {
    const doc = docOf(`<body><form><input name="getElementsByTagName">${filler(200)}<h1>Headline</h1></form>${filler(200)}<div class="byline">By Jane Doe</div></body>`);
    expect(names(doc)).toEqual(['byline=By Jane Doe']);
  });

  it('skips a byline nested in an outer byline that starts far above the headline', () => {
    // The outer element holds few characters but many elements: the inner one is not outermost.
    const doc = docOf(`<body><div class="author-box"><span>By Outer Name</span>${'<i></i>'.repeat(300)}<h1>Headline</h1><span class="byline">Inner Name</span></div></body>`);
    expect(names(doc)).toEqual(['byline=By Outer Name\nHeadline\nInner Name']);
  });

  it('keeps only the outermost of nested explicit authors, wherever the outer one starts', () => {
    const doc = docOf(`<body><div itemprop="author">${'<i></i>'.repeat(300)}<h1>Headline</h1><span itemprop="author">Jane Doe</span></div></body>`);
    // The outer author is farther than 150 elements: no explicit candidate, the outer line is the fallback.
    expect(names(doc)).toEqual(['byline=Headline\nJane Doe']);
  });

  it('finds a "By" line among the elements right after the headline', () => {
    const doc = docOf(`<body>${filler(300)}<h1>Headline</h1><p>By Jane Doe</p>${filler(300)}</body>`);
    expect(names(doc)).toEqual(['byline:text=By Jane Doe']);
  });
});
