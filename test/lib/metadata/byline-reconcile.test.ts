import { describe, expect, it } from 'vitest';
import { reconcileAuthors } from '../../../src/lib/metadata/byline-reconcile';
import type { Candidate } from '../../../src/lib/metadata/candidates';
import type { Creator } from '../../../src/lib/types';

const person = (name: string): Creator => ({ name, kind: 'person' });
const line = (name: string): Candidate => ({ field: 'authors', value: [{ name }], source: 'byline', from: 'byline' });
const names = (r: { authors: Creator[] }): string[] => r.authors.map((a) => a.name);

describe('structured authors checked against the visible byline', () => {
  it('drops the photographer a profile link or JSON-LD lists as author', () => {
    const r = reconcileAuthors([person('Miriam Okafor'), person('Tobias Lindqvist')], [line('By Miriam Okafor\nPhotographs by Tobias Lindqvist')], undefined, {});
    expect(names(r)).toEqual(['Miriam Okafor']);
  });
  it('names the co-author the structured data left out, when the line joins them', () => {
    expect(names(reconcileAuthors([person('Clara Fenwick')], [line('By Clara Fenwick and Dario Mestre')], undefined, {}))).toEqual(['Clara Fenwick', 'Dario Mestre']);
    expect(names(reconcileAuthors([person('박지훈')], [line('박지훈 기자 jh@example.kr\n최유나 기자 yn@example.kr')], undefined, {}))).toEqual(['박지훈', '최유나']);
  });
  it('adds no one from a bio line, a place or a list joined by commas only', () => {
    expect(names(reconcileAuthors([person('Clara Fenwick')], [line('Clara Fenwick\nNight nurse in Leeds. Writing about shifts')], undefined, {}))).toEqual(['Clara Fenwick']);
    expect(names(reconcileAuthors([person('Clara Fenwick')], [line('By Clara Fenwick, Port Talbot')], undefined, {}))).toEqual(['Clara Fenwick']);
  });
  it('takes the byline\'s spelling of a name written without its marks', () => {
    expect(names(reconcileAuthors([person('Raluca Stanescu-Barbu')], [line('Autor: Raluca Stănescu-Bârbu')], undefined, {}))).toEqual(['Raluca Stănescu-Bârbu']);
  });
  it('leaves authors alone when the byline says nothing more', () => {
    expect(names(reconcileAuthors([person('Clara Fenwick')], [line('By Clara Fenwick')], undefined, {}))).toEqual(['Clara Fenwick']);
    expect(names(reconcileAuthors([person('Clara Fenwick')], [], undefined, {}))).toEqual(['Clara Fenwick']);
  });
});

describe('byline debris', () => {
  it('a UI control with a symbol is no author, nor a station after the people', async () => {
    const { buildCreators } = await import('../../../src/lib/metadata/creators');
    expect(buildCreators([{ name: 'Harriet Oyelaran' }, { name: 'View Archive →' }], undefined, false, { listed: true }).map((c) => c.name)).toEqual(['Harriet Oyelaran']);
    expect(buildCreators([{ name: 'Por Marta Ribeiro e Caio Nunes, TV Serra' }], undefined).map((c) => c.name)).toEqual(['Marta Ribeiro', 'Caio Nunes']);
  });
});

describe('a structured name the byline writes in full', () => {
  it('takes the second surname a CMS left out, and the Catalan "i" between surnames', () => {
    expect(names(reconcileAuthors([person('Lucía Ferrando')], [line('Por Lucía Ferrando Quintero')], undefined, { lang: 'es' }))).toEqual(['Lucía Ferrando Quintero']);
    expect(names(reconcileAuthors([person('Pere Roig Sala')], [line('Pere Roig i Sala')], undefined, { lang: 'ca' }))).toEqual(['Pere Roig i Sala']);
  });
  it('not a place the line sets after the name in parentheses', () => {
    expect(names(reconcileAuthors([person('Maud Ferrand')], [line('Par Maud Ferrand (Lorient, envoyée spéciale)')], undefined, { lang: 'fr' }))).toEqual(['Maud Ferrand']);
  });
  it('not a name of two more words, nor a name whose first word differs', () => {
    expect(names(reconcileAuthors([person('Ana Ruiz')], [line('Por Ana Ruiz Pérez Gil')], undefined, {}))).toEqual(['Ana Ruiz']);
    expect(names(reconcileAuthors([person('Ana Ruiz')], [line('Por Marta Ana Ruiz')], undefined, {}))).toEqual(['Ana Ruiz']);
  });
});
