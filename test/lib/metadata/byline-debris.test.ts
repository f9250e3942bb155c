// Bylines as real pages write them: debris beside the names (a dateline place, an agency credit, the
// outlet's newsroom, a word of the date line), particles written with a capital, non-ASCII letters next
// to one-letter conjunctions, author profile links, class names in other languages.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { buildCreators, isOutletCredit, splitByline } from '../../../src/lib/metadata/creators';
import { splitPersonName } from '../../../src/lib/metadata/name-parts';
import { extractMetadata } from '../../../src/lib/metadata';

const names = (raw: string, site?: string): string[] => buildCreators([{ name: raw }], site).map((c) => c.name);

describe('debris beside named people is not an author', () => {
  it.each([
    ['Anne-Sophie Du Pré, à Lyon', ['Anne-Sophie Du Pré']],
    ['Par Marie-Hélène Le Bihan et Yann Le Goff, à Lyon Publié', ['Marie-Hélène Le Bihan', 'Yann Le Goff']],
    ['María García López, Andrés de la Fuente, Madrid', ['María García López', 'Andrés de la Fuente']],
    ['Rui Almeida e Catarina de Sousa, com Lusa', ['Rui Almeida', 'Catarina de Sousa']],
    ["By Liam O'Connor, AAP", ["Liam O'Connor"]],
    ['Karl von Stein, Östersund TT', ['Karl von Stein']],
    ['Ana del Río | Redacción', ['Ana del Río']],
    ['Karl von Stein, Redaktion', ['Karl von Stein']],
    ['Door Pieter van der Berg en Sanne de Vries za', ['Pieter van der Berg', 'Sanne de Vries']],
  ])('%s', (raw, want) => {
    expect(names(raw)).toEqual(want);
  });
  it('an agency or a newsroom alone is still the credit', () => {
    expect(buildCreators([{ name: 'AFP' }])).toEqual([{ name: 'AFP', kind: 'organization' }]);
    expect(buildCreators([{ name: 'Östersund TT' }])[0]?.kind).toBe('organization');
    expect(names('Redacción')).toEqual(['Redacción']);
  });
  it('an organisation of several words that co-wrote stays', () => {
    expect(names('Jane Doe and Center for Public Integrity')).toEqual(['Jane Doe', 'Center for Public Integrity']);
  });
});

describe('names with non-ASCII letters and one-letter conjunctions', () => {
  it('"Ayşe" does not split at its last letter (Unicode word edges)', () => {
    expect(splitByline('Ayşe Nur Çelik')).toEqual(['Ayşe Nur Çelik']);
    expect(splitByline('Zoë e Inês Prado')).toEqual(['Zoë', 'Inês Prado']);
  });
  it('capital one-letter initials are not conjunctions', () => {
    expect(splitByline('John Y Smith')).toEqual(['John Y Smith']);
  });
  it("the site's own name is one name even when it reads like a list", () => {
    expect(splitByline('Wieś i Rynek', 'Wieś i Rynek')).toEqual(['Wieś i Rynek']);
  });
  it('the place a Chinese report was filed from, and a Japanese bureau, are not part of the name', () => {
    expect(splitByline('陳志明／台北報導')).toEqual(['陳志明']);
    expect(splitByline('著者：佐藤 健一（金沢総局）')).toEqual(['佐藤 健一']);
  });
});

describe('capitalised particles belong to the family name', () => {
  it.each([
    ['Marie-Hélène Le Bihan', 'Marie-Hélène', 'Le Bihan'],
    ['Anne-Sophie Du Pré', 'Anne-Sophie', 'Du Pré'],
    ['Lucia Di Marco', 'Lucia', 'Di Marco'],
    ['Pieter Van der Berg', 'Pieter', 'Van der Berg'],
    ['Juan de la Cruz', 'Juan', 'de la Cruz'],
  ])('%s', (name, given, family) => {
    expect(splitPersonName(name)).toEqual({ given, family });
  });
  it('a capitalised particle-like middle name before two more words is a given name', () => {
    expect(splitPersonName('Mary La Rue Smith')).toEqual({ given: 'Mary La Rue', family: 'Smith' });
  });
});

describe("the outlet's own credit", () => {
  it.each([
    ['DIE LAGE Redaktion', 'DIE LAGE', true],
    ['Redaktion DIE LAGE', 'DIE LAGE', true],
    ['Staff of The Ledger', 'The Ledger', true],
    ['The Ledger', 'The Ledger', true],
    ['Jane Ledger', 'The Ledger', false],
    ['Katrin Behrendt', 'DIE LAGE', false],
  ])('%s (site %s): %s', (name, site, yes) => {
    expect(isOutletCredit(name, site)).toBe(yes);
  });
});

describe('extractMetadata: bylines with no markup', () => {
  const meta = (body: string, head = ''): ReturnType<typeof extractMetadata> => {
    const url = 'https://www.example.org/2020/story';
    const html = `<html lang="de"><head><meta property="og:site_name" content="DIE LAGE">${head}</head><body><div class="x1"><h1>Stadtwerke erhöhen den Grundpreis</h1>${body}<p>Text des Artikels, lang genug.</p></div></body></html>`;
    return extractMetadata(new JSDOM(html, { url }).window.document, url, { now: new Date('2024-01-01') });
  };
  it('the newsroom credit of the outlet gives way to the byline line', () => {
    const m = meta('<div class="sc-a1">Von <a class="sc-b2" href="/autor/katrin-behrendt">Katrin Behrendt</a> und <a class="sc-b2" href="/autor/ole-jansen">Ole Jansen</a></div>', '<meta name="author" content="DIE LAGE Redaktion">');
    expect(m.authors.map((a) => a.name)).toEqual(['Katrin Behrendt', 'Ole Jansen']);
  });
  it('author profile links by the headline name the authors, whatever the classes', () => {
    const m = meta('<div class="q9"><a href="/autoren/katrin-behrendt">Katrin Behrendt</a> · <span>04.11.2020</span></div>');
    expect(m.authors.map((a) => a.name)).toEqual(['Katrin Behrendt']);
    expect(m.provenance.authors).toBe('byline:author-link');
  });
  it('structured data naming one of two linked co-authors gives way to the links', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Stadtwerke erhöhen den Grundpreis","author":{"@type":"Person","name":"Katrin Behrendt"}}</script>';
    const m = meta('<div class="byline-authors">Von <a href="/authors/katrin-behrendt">Katrin Behrendt</a> und <a href="/authors/ole-jansen">Ole Jansen</a></div>', ld);
    expect(m.authors.map((a) => a.name)).toEqual(['Katrin Behrendt', 'Ole Jansen']);
  });
  it('a byline in a class named in another language ("autor", "writer")', () => {
    expect(meta('<span class="autor">Katarzyna Kowalska-Wiśniewska, Tomasz Zieliński</span>').authors.map((a) => a.name)).toEqual(['Katarzyna Kowalska-Wiśniewska', 'Tomasz Zieliński']);
    expect(meta('<p class="writer">著者：佐藤 健一（金沢総局）</p>').authors.map((a) => a.name)).toEqual(['佐藤 健一']);
  });
  it('author links far from the headline (a "more from" box) are not read', () => {
    const m = meta(`${'<p>Absatz des Artikels mit genug Text.</p>'.repeat(60)}<div class="q1"><a href="/autor/x">Max Muster</a></div>`);
    expect(m.authors).toEqual([]);
  });
});

describe('extractMetadata: the agency whose story it is', () => {
  const meta = (body: string, head = ''): ReturnType<typeof extractMetadata> => {
    const url = 'https://www.weserbote.example/niedersachsen/streik';
    const html = `<html lang="de"><head><meta property="og:site_name" content="Weser-Bote"><meta name="author" content="Weser-Bote">${head}</head><body><div class="x1"><h1>Bahnstreik: Pendler stranden</h1>${body}</div></body></html>`;
    return extractMetadata(new JSDOM(html, { url }).window.document, url, { now: new Date('2024-01-01') });
  };
  const lede = '<p>Die Gewerkschaft hat den Personenverkehr bestreikt. Im Norden fielen am Mittwoch die meisten Züge aus.</p>';
  it('a source line names the agency over the outlet credit', () => {
    expect(meta(`<div class="m"><span>11.08.2021</span><span>Quelle: dpa</span></div>${lede}`).authors).toEqual([{ name: 'dpa', kind: 'organization' }]);
  });
  it("the lede's dateline names it", () => {
    const m = meta('<p>Bremen/Hannover (dpa) - Die Lokführergewerkschaft hat den Personenverkehr der Bahn bestreikt, im Norden fielen die Züge aus.</p>');
    expect(m.authors).toEqual([{ name: 'dpa', kind: 'organization' }]);
    expect(m.provenance.authors).toBe('byline:agency');
  });
  it('a named byline wins over the dateline', () => {
    const m = meta('<p class="byline">Von Katrin Behrendt</p><p>Bremen (dpa) - Die Gewerkschaft hat den Personenverkehr der Bahn bestreikt, im Norden fielen die Züge aus.</p>');
    expect(m.authors.map((a) => a.name)).toEqual(['Katrin Behrendt']);
  });
  it('a parenthesis that is not an agency is no credit', () => {
    expect(meta('<p>Bremen (Weser) - Die Gewerkschaft hat den Personenverkehr der Bahn bestreikt, im Norden fielen die Züge aus.</p>').authors).toEqual([{ name: 'Weser-Bote', kind: 'organization' }]);
  });
});
