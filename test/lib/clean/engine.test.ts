// Engine guards: the article body is never removed, removals carry text/html/position, and hostile
// inputs (huge strings, deep trees) stay linear (SECURITY.md G2/G3).
import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanDocument, RULES } from '../../../src/lib/clean';
import { BODY, cleanFragment, docFrom } from './helpers';

describe('clean engine', () => {
  it('never removes the main text container even when its class looks like boilerplate', () => {
    const doc = docFrom(`<body><div class="comments related share">${BODY}</div><div class="related"><a href="/x">Other</a></div></body>`);
    cleanDocument(doc);
    expect(doc.body.textContent).toContain('The scheme will be reviewed');
  });

  it('reports text and restorable html in the article pass (positions: clean/positions.ts)', async () => {
    const out = await cleanFragment(BODY + '<div><p>Please consider supporting us today.</p><a href="/donate">Donate now</a></div>');
    const r = out.removed.find((x) => x.rule === 'donation-appeal');
    expect(r?.text).toBe('Please consider supporting us today.Donate now');
    expect(r?.html).toContain('<a href="/donate">');
  });

  it('removes nothing from a plain article', async () => {
    expect((await cleanFragment(BODY)).removed).toEqual([]);
  });

  it('does not take a large share of a short article', async () => {
    const out = await cleanFragment('<p>Short news item of one sentence about the weather today.</p><div><p>Support our journalism: please consider supporting us today, readers like you keep us going and every contribution matters a great deal to our small newsroom.</p><a href="/donate">Donate now</a></div>');
    expect(out.text).toContain('Short news item');
  });

  it('copes with huge attributes and text nodes in linear time', () => {
    const doc = docFrom('<body><article></article></body>');
    const art = doc.querySelector('article') as Element;
    const big = doc.createElement('div');
    big.setAttribute('class', 'newsletter '.repeat(100_000));
    big.textContent = 'sign up '.repeat(500_000);
    art.append(big);
    for (let i = 0; i < 5; i++) { const p = doc.createElement('p'); p.textContent = 'Article text. '.repeat(30); art.append(p); }
    const t0 = performance.now();
    cleanDocument(doc);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('walks very deep trees without recursion', () => {
    const doc = docFrom('<body></body>');
    let el: Element = doc.body;
    for (let i = 0; i < 1000; i++) { const d = doc.createElement('div'); el.append(d); el = d; }
    el.textContent = 'Deep text. '.repeat(20);
    expect(() => cleanDocument(doc)).not.toThrow();
    expect(() => cleanArticle(doc.body)).not.toThrow();
  });

  it('lists every rule with a description for the options page', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(11);
    for (const r of RULES) expect(r.description).toBeTruthy();
  });

  describe('document pass with a region (extract/focus.ts)', () => {
    const page = (): Document => docFrom(`<body>
      <aside><div class="promo"><p>Support our journalism today, readers like you keep us going.</p><a href="/donate">Donate now</a></div></aside>
      <section><div class="nl"><h3>Newsletter</h3><p>Sign up for our newsletter: the latest news right to your inbox.</p><form action="/newsletter"><input type="email" name="email"><button>Subscribe</button></form></div></section>
      <div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a><a href="https://twitter.com/intent/tweet?u=x">Tweet</a></div>
      <div class="site-footer"><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></div>
      <main id="main">${BODY}</main></body>`);

    it('beside the region names only appeals and sign-ups (menus and share bars there are left to pruning)', () => {
      const doc = page();
      const rules = cleanDocument(doc, { region: doc.getElementById('main') as Element }).map((r) => r.rule);
      expect(rules).toContain('donation-appeal');
      expect(rules).toContain('newsletter-signup');
      expect(rules).not.toContain('share-bar');
      expect(rules).not.toContain('site-chrome'); // a selector hit beside the region goes with the pruning
    });

    it('without a region every rule applies everywhere, as before', () => {
      const rules = cleanDocument(page()).map((r) => r.rule);
      expect(rules).toEqual(expect.arrayContaining(['donation-appeal', 'newsletter-signup', 'share-bar', 'site-chrome']));
    });

    it('leaves the main container\'s paragraphs to the article pass', () => {
      const doc = docFrom(`<body><main><div id="body">${BODY}<p>Support our journalism: please consider supporting us, readers like you keep us going.</p></div></main></body>`);
      expect(cleanDocument(doc).map((r) => r.rule)).not.toContain('donation-appeal');
    });
  });
});

describe('article pass rereads what the document pass kept', async () => {
  const { runPass } = await import('../../../src/lib/clean/engine');
  const html = `<body><main><p>${'Body text of the article, long enough to count as prose. '.repeat(8)}</p>
    <div id="box"><span>Closing line one</span><span>Closing line two</span></div></main></body>`;

  it('asks only reread() about an unchanged kept block, and asks test() about new ones', () => {
    const doc = docFrom(html);
    const kept = new WeakMap<Element, number>();
    const tested: string[] = [];
    const reread: string[] = [];
    const rule = {
      id: 'probe', description: 'records who is asked',
      test: (b: { el: Element; pass: string }): boolean => { tested.push(`${b.pass}:${b.el.id || b.el.localName}`); return false; },
      reread: (b: { el: Element }): boolean => { reread.push(b.el.id || b.el.localName); return b.el.id === 'box'; },
    };
    runPass(doc.body, [rule] as never, 'document', { kept });
    expect(tested).toContain('document:box');
    tested.length = 0;
    const box = doc.getElementById('box') as Element;
    box.append(doc.createElement('hr')); // one more element: #box no longer has the shape it was kept with
    const fresh = doc.createElement('div');
    fresh.id = 'fresh';
    fresh.textContent = 'A block Readability made';
    doc.querySelector('main')?.append(fresh);
    const removed = runPass(doc.querySelector('main') as Element, [rule] as never, 'article', { kept });
    // #box changed shape (one more element): tested again, not reread; #fresh is new: tested.
    expect(tested).toEqual(expect.arrayContaining(['article:box', 'article:fresh']));
    expect(reread).not.toContain('box');
    expect(removed).toEqual([]);
  });

  it('rereads an unchanged kept block and removes it when reread() says so', () => {
    const doc = docFrom(html);
    const kept = new WeakMap<Element, number>();
    const rule = {
      id: 'probe', description: 'claims #box on reread only',
      test: (): boolean => false,
      reread: (b: { el: Element }): boolean => b.el.id === 'box',
    };
    runPass(doc.body, [rule] as never, 'document', { kept });
    const removed = runPass(doc.querySelector('main') as Element, [rule] as never, 'article', { kept });
    expect(removed.map((r) => r.rule)).toEqual(['probe']);
    expect(doc.getElementById('box')).toBeNull();
  });
});
