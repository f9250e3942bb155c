// Titles that carry their own punctuation: a final "?" or "!" takes no added comma or full stop,
// and a title's own quotation marks nest inside a style's instead of doubling.
import { describe, expect, it } from 'vitest';
import { dropDelimiterAfterTerminal, straightenTitleQuotes } from '../../../src/lib/citation/csl-render';
import { renderCitation } from '../../../src/lib/citation/index';
import type { Metadata } from '../../../src/lib/types';

const meta = (title: string, lang = 'en'): Metadata => ({
  title, lang, authors: [{ name: 'Jane Doe', given: 'Jane', family: 'Doe', kind: 'person' }], siteName: 'The Daily',
  published: '2024-07-16', itemType: 'article-newspaper', url: 'https://daily.example/a', provenance: {},
});

describe('a title ending in ? or !', () => {
  it.each([
    ['chicago-note', 'Jane Doe, “Is the Economy Recovering?” The Daily, July 16, 2024'],
    ['mla', 'Doe, Jane. “Is the Economy Recovering?” The Daily, 16 July 2024'],
    ['chicago-author-date', 'Doe, Jane. 2024. “Is the Economy Recovering?” The Daily'],
    ['apa', 'Doe, J. (2024, July 16). Is the Economy Recovering? The Daily.'],
  ] as const)('%s adds no comma or full stop after it', (style, expected) => {
    const r = renderCitation(meta('Is the Economy Recovering?'), style);
    expect(r.text).toContain(expected);
    expect(r.text).not.toMatch(/[?!][”’]?[.,]/);
    expect(r.html).not.toMatch(/[?!][”’]?[.,]/);
  });

  it('an exclamation mark too, in the note and in the bibliography entry', () => {
    const r = renderCitation(meta('Stop the Presses!'), 'chicago-note');
    expect(r.text).toContain('“Stop the Presses!” The Daily');
    expect(r.bibliography?.text).toContain('“Stop the Presses!” The Daily');
  });

  it('keeps delimiters that follow anything else, and a "?" inside a URL', () => {
    expect(dropDelimiterAfterTerminal('“Over,” The Daily, https://x.example/?a=1.')).toBe('“Over,” The Daily, https://x.example/?a=1.');
    expect(dropDelimiterAfterTerminal('<i>Why?</i>, p. 2')).toBe('<i>Why?</i> p. 2');
  });

  it('keeps a colon and the capital after it (APA keeps the title as the page wrote it)', () => {
    expect(renderCitation(meta('Brexit: What Happens Next'), 'apa').text).toContain('Brexit: What Happens Next. The Daily.');
  });
});

describe('a title that opens with its own quotation marks', () => {
  it.each([
    ['„Wir schaffen das“ – ein Satz', '"Wir schaffen das" – ein Satz'],
    ['« Nous sommes en guerre » : retour', '"Nous sommes en guerre" : retour'],
    ['»Heimat« ist kein Ort', '"Heimat" ist kein Ort'],
    ['“Curly” start', '"Curly" start'],
    ['Unbalanced „opening only', 'Unbalanced „opening only'],
    ['It’s a title', 'It’s a title'],
  ])('%s → %s for citeproc', (title, expected) => {
    expect(straightenTitleQuotes(title)).toBe(expected);
  });

  it('MLA in English keeps its quotation marks and nests the title’s as single ones', () => {
    expect(renderCitation(meta('„Wir schaffen das“ – ein Satz und seine Folgen', 'de'), 'mla', { locale: 'en-US' }).text)
      .toContain('Doe, Jane. “‘Wir schaffen das’ – ein Satz und seine Folgen.” The Daily');
  });

  it('MLA in French does not double the guillemets', () => {
    const r = renderCitation(meta('« Nous sommes en guerre » : retour sur un discours', 'fr'), 'mla', { locale: 'fr-FR' }).text;
    expect(r).not.toMatch(/«\s*«/);
    expect(r).toMatch(/«\s“Nous sommes en guerre” : retour sur un discours\s»/);
  });

  it('the exports keep the title exactly as the page wrote it', () => {
    const title = '„Wir schaffen das“ – ein Satz';
    expect(renderCitation(meta(title, 'de'), 'csl-json').text).toContain(title);
    expect(renderCitation(meta(title, 'de'), 'ris').text).toContain(title);
  });
});
