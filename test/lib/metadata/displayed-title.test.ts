// The headline displayed on the article names it; SEO and social titles are evidence.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractMetadata } from '../../../src/lib/metadata/index';
import { displayedHeadline } from '../../../src/lib/metadata/displayed-title';

const doc = (head: string, body: string): Document => new JSDOM(`<html lang="en"><head>${head}</head><body>${body}</body></html>`).window.document;
const NOW = new Date('2026-12-07T00:00:00Z');

describe('which title', () => {
  it('the displayed <h1> over an og:title and a JSON-LD headline rewritten for search', () => {
    const d = doc('<meta property="og:title" content="Rail strike: every cancelled train this weekend and how to get a refund"><meta property="og:site_name" content="The Ledger">',
      '<article><h1>Signal workers walk out as talks over weekend rosters collapse</h1><p>Text.</p></article>');
    const m = extractMetadata(d, 'https://ledger.example/rail', { now: NOW });
    expect(m.title).toBe('Signal workers walk out as talks over weekend rosters collapse');
    expect(m.provenance.title).toBe('h1');
  });
  it('not the blog name in <h1>, nor one of several <h1>, nor a caption set in <h1>', () => {
    expect(displayedHeadline(doc('', '<h1>Crumb and Crust blog</h1><h3>How I feed my starter</h3>'), ['Crumb and Crust'])).toBeUndefined();
    expect(displayedHeadline(doc('', '<h1>First story on the home page</h1><h1>Second story on the home page</h1>'), [])).toBeUndefined();
    const d = doc('<meta property="og:title" content="Cargo ship breaks up over Siberia">', `<h1>${'In this photo dated Tuesday the rocket booster is installed on a launch pad. '.repeat(3)}</h1>`);
    expect(extractMetadata(d, 'https://news.example/a', { now: NOW }).title).toBe('Cargo ship breaks up over Siberia');
  });
  it('keeps the declared title when it is the same headline', () => {
    const d = doc('<meta property="og:title" content="Council approves the budget with cuts">', '<h1>Council approves the budget with cuts</h1>');
    expect(extractMetadata(d, 'https://news.example/a', { now: NOW }).provenance.title).not.toBe('h1');
  });
});

describe('the kicker inside the headline, and article headers', () => {
  const doc = (head: string, body: string): Document =>
    new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url: 'https://example.org/a' }).window.document;
  it('a first child the <title> writes before a colon is a kicker, in any language, with any class', () => {
    const d = doc('<title>Hafenstreik: Fähren bleiben bis Montag im Hafen | Nordblatt</title>',
      '<h1><span class="x1">Hafenstreik</span> <span class="x2">Fähren bleiben bis Montag im Hafen</span></h1>');
    expect(displayedHeadline(d, [])).toBe('Fähren bleiben bis Montag im Hafen');
  });
  it('a kicker class word is enough; without either the whole headline stays', () => {
    const d1 = doc('<title>Nordblatt</title>', '<h1><span class="surtitre">Grève</span><span>Les ferries restent à quai jusqu’à lundi</span></h1>');
    expect(displayedHeadline(d1, [])).toBe('Les ferries restent à quai jusqu’à lundi');
    const d2 = doc('<title>Nordblatt</title>', '<h1><em>Not</em> <span>everyone gets a ferry seat this week</span></h1>');
    expect(displayedHeadline(d2, [])).toBe('Not everyone gets a ferry seat this week');
  });
  it('an <h1> in the article’s own header (inside a section) is the headline; the site header’s is not', () => {
    const d = doc('', '<header><h1>Nordblatt</h1></header><section><header><h1>Fähren bleiben bis Montag im Hafen</h1></header></section>');
    expect(displayedHeadline(d, [])).toBe('Fähren bleiben bis Montag im Hafen');
  });
});
