// The clone preparation pass (prune + lazy images + names) and the text writer, unit by unit.
import { describe, expect, it } from 'vitest';
import { prepareClone } from '../../src/lib/extract/prepare';
import { articleText, countWords } from '../../src/lib/extract/text';
import { findMissingLede } from '../../src/lib/extract/completeness';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('prepareClone', () => {
  const doc = parse(`<body>
    <header class="site"><a href="/">Site</a><p>Site tagline</p></header>
    <nav><a href="/a">A</a></nav>
    <main><article>
      <header><h1>Headline</h1><p class="standfirst">Standfirst</p></header>
      <p>Body <script>x()</script><style>p{}</style><button>Share</button></p>
      <div hidden>hidden text</div><div aria-hidden="true">aria hidden</div>
      <img class="fallback-image" aria-hidden="true" src="https://i.example/math.png">
      <noscript>Please enable JavaScript</noscript>
      <img src="data:image/gif;base64,R0lGOD" data-src="https://i.example/a.jpg" name="body" id="documentElement">
      <img src="/img/placeholder.gif"><noscript><img src="https://i.example/real.jpg" name="x"></noscript>
      <form name="getElementsByTagName"><p>form text</p><input type="email"></form>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <footer>Article footer note</footer>
    </article></main>
    <footer class="site">Site footer</footer>
  </body>`);
  const stats = prepareClone(doc);
  const text = doc.body.textContent ?? '';

  it('removes never-text elements, hidden blocks, and the site header/footer', () => {
    for (const gone of ['Site tagline', 'hidden text', 'aria hidden', 'Please enable JavaScript', 'Site footer']) expect(text).not.toContain(gone);
    expect(doc.querySelector('nav, script:not([type]), style')).toBeNull();
    // Form controls stay for the cleaning rules (an e-mail field marks a sign-up box); Readability
    // and the sanitizer drop them later.
    expect(stats.pruned).toBeGreaterThan(5);
  });

  it("keeps the article's own header and footer, forms' text, JSON-LD and fallback images", () => {
    for (const kept of ['Headline', 'Standfirst', 'Body', 'form text', 'Article footer note']) expect(text).toContain(kept);
    expect(doc.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(doc.querySelector('img.fallback-image')).not.toBeNull();
  });

  it('promotes lazy images, unwraps noscript fallbacks, and strips clobbering names', () => {
    const srcs = Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(srcs).toContain('https://i.example/a.jpg');
    expect(srcs).toContain('https://i.example/real.jpg');
    expect(srcs).not.toContain('/img/placeholder.gif');
    expect(doc.querySelector('[name], img[id]')).toBeNull();
    expect(stats.promoted).toBe(1);
  });
});

describe('articleText', () => {
  it('one paragraph per block, blank line between, whitespace collapsed, inline elements joined', () => {
    const doc = parse('<div><h2>Title  here</h2><p>One <b>bold</b>\n  word.</p><ul><li>a</li><li>b <i>c</i></li></ul><table><tr><td>x</td><td>y</td></tr></table><p>\u00a0</p></div>');
    expect(articleText(doc.body)).toBe('Title here\n\nOne bold word.\n\na\n\nb c\n\nx y');
  });

  it('copes with a deep tree without recursion', () => {
    // Built bottom-up and detached: jsdom's own insertion is quadratic (and recursive) in depth.
    const doc = parse('');
    let node: Element = doc.createElement('span');
    node.textContent = 'bottom';
    for (let i = 0; i < 10_000; i++) {
      const parent = doc.createElement(i % 2 ? 'span' : 'div');
      parent.appendChild(node);
      node = parent;
    }
    expect(articleText(node)).toBe('bottom');
  });

  it('counts words, CJK characters one by one', () => {
    expect(countWords('Three little words')).toBe(3);
    expect(countWords('东京 tower')).toBe(3);
    expect(countWords('  leading and trailing  spaces ')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords('mixed 日本語テキスト with Latin')).toBe(10);
  });
});

describe('findMissingLede', () => {
  const page = parse(`<main>
    <h1>Title</h1>
    <p>Short kicker.</p>
    <p>A first paragraph that Readability missed, long enough to be real prose and ending with a full stop.</p>
    <div><p>The first extracted paragraph, which the output starts with, comfortably longer than eighty characters.</p></div>
  </main>`);
  const out = ['The first extracted paragraph, which the output starts with, comfortably longer than eighty characters.'];

  it('finds the missing opening paragraph after the headline', () => {
    expect(findMissingLede(page, out, []).paragraphs).toEqual([
      'A first paragraph that Readability missed, long enough to be real prose and ending with a full stop.',
    ]);
  });

  it('finds a standfirst in the article header, outside the element marked articleBody', () => {
    const doc = parse(`<article><header><h1>Ferry fares rise</h1><p class="lead">The harbour board voted on Monday to raise ferry fares by a fifth from June, the first rise in six years.</p></header>
      <div itemprop="articleBody"><p>The first extracted paragraph, which the output starts with, comfortably longer than eighty characters.</p></div></article>`);
    expect(findMissingLede(doc, out, []).paragraphs).toEqual([
      'The harbour board voted on Monday to raise ferry fares by a fifth from June, the first rise in six years.',
    ]);
  });

  it('never restores a block a cleaning rule removed', () => {
    const removed = [{ rule: 'donation-appeal', text: 'A first paragraph that Readability missed, long enough to be real prose' }];
    expect(findMissingLede(page, out, removed).paragraphs).toEqual([]);
  });

  it('never takes an author box between headline and text for the lede', () => {
    const withBio = parse(`<main>
      <h1>Title</h1>
      <div class="row author-box"><p>Jane Doe heads the politics desk. She studied history in Berlin and was a correspondent for years.</p></div>
      <div><p>The first extracted paragraph, which the output starts with, comfortably longer than eighty characters.</p></div>
    </main>`);
    expect(findMissingLede(withBio, out, []).paragraphs).toEqual([]);
  });

  it('takes a standfirst set as a long heading, never a subhead', () => {
    const standfirst = 'A standfirst that a page builder set as a heading in a row of its own, long enough to be prose and never a title, since no headline runs to a hundred and forty characters.';
    const built = parse(`<article>
      <h1>Title</h1>
      <div class="row"><h2>${standfirst}</h2></div>
      <div class="row"><h3>A subhead of ordinary length, as headings go.</h3></div>
      <div class="row"><p>The first extracted paragraph, which the output starts with, comfortably longer than eighty characters.</p></div>
    </article>`);
    expect(findMissingLede(built, out, []).paragraphs).toEqual([standfirst]);
  });

  it('does nothing when the output already starts with it', () => {
    expect(findMissingLede(page, ['A first paragraph that Readability missed, long enough to be real prose and ending with a full stop.', ...out], []).paragraphs).toEqual([]);
  });
});
