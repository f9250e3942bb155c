// Style rules for news articles, per style (citeproc-js + official CSL files).
import { describe, expect, it } from 'vitest';
import { renderCitation, STYLES } from '../../../src/lib/citation/index';
import type { StyleId } from '../../../src/lib/citation/index';
import { SAMPLES } from './samples';

const cite = (sample: keyof typeof SAMPLES, style: StyleId, locale?: string): string =>
  renderCitation(SAMPLES[sample]!, style, locale ? { locale } : {}).text.replace(/[‘’]/g, "'");

const URL = 'https://www.dailyledger.example/city/tunnel';

describe('author inversion, "et al." and organisations', () => {
  it.each([
    ['apa', 'one', 'Doe, J. (2024, March 14). Harbour tunnel opens after nine years of delays. The Daily Ledger. ' + URL],
    ['apa', 'two', 'Raman, P., & Ó Briain, T. (2024, March 14).'],
    ['apa', 'three', 'Doe, J., Roe, J., & Poe, A. (2024, March 14).'],
    ['apa', 'twentyOne', 'FamilyS, G., … FamilyU, G. (2024, March 14).'],
    ['apa', 'organisation', 'Reuters. (2024, March 14).'],
    ['mla', 'one', 'Doe, Jane. “Harbour Tunnel Opens after Nine Years of Delays.” The Daily Ledger, 14 Mar. 2024, ' + URL + '.'],
    ['mla', 'two', 'Raman, Priya, and Tomás Ó Briain.'],
    ['mla', 'three', 'Doe, Jane, et al. “Harbour'],
    ['chicago-author-date', 'three', 'Doe, Jane, John Roe, and Ann Poe. 2024. “Harbour Tunnel Opens after Nine Years of Delays.” The Daily Ledger, March 14, 2024.'],
    ['chicago-author-date', 'twentyOne', 'GivenG FamilyG, et al. 2024.'],
    ['chicago-note', 'two', 'Priya Raman and Tomás Ó Briain, “Harbour Tunnel Opens after Nine Years of Delays,” The Daily Ledger, March 14, 2024, ' + URL + '.'],
    ['harvard', 'three', "Doe, J., Roe, J. and Poe, A. (2024) 'Harbour tunnel opens after nine years of delays', The Daily Ledger, 14 March."],
    ['harvard', 'twentyOne', 'FamilyA, G. et al. (2024)'],
    ['ieee', 'three', '[1] J. Doe, J. Roe, and A. Poe, “Harbour tunnel opens after nine years of delays,” The Daily Ledger, Mar. 14, 2024.'],
    ['ieee', 'twentyOne', '[1] G. FamilyA et al., “Harbour'],
    ['vancouver', 'three', '1. Doe J, Roe J, Poe A. Harbour tunnel opens after nine years of delays. The Daily Ledger [Internet]. 2024 Mar 14'],
    ['vancouver', 'twentyOne', 'FamilyF G, et al. Harbour'],
  ] as const)('%s / %s', (style, sample, expected) => {
    expect(cite(sample, style)).toContain(expected);
  });
});

describe('no author, no date', () => {
  it.each([
    ['apa', 'noDate', 'Doe, J. (n.d.). Harbour tunnel opens after nine years of delays. The Daily Ledger. Retrieved November 24, 2026, from ' + URL],
    ['apa', 'noAuthor', 'Harbour tunnel opens after nine years of delays. (2024, March 14). The Daily Ledger.'],
    ['chicago-author-date', 'noDate', 'Doe, Jane. n.d.'],
    ['harvard', 'noDate', 'Doe, J. (no date)'],
    ['mla', 'noDate', 'Accessed 24 Nov. 2026.'],
    // An updated page is cited by its publication date (APA 7 / MLA 9 for news).
    ['apa', 'updated', 'Doe, J. (2024, March 14).'],
    ['mla', 'updated', '14 Mar. 2024'],
    ['apa', 'webpage', 'Opening hours. (n.d.). The Daily Ledger. Retrieved November 24, 2026, from ' + URL],
  ] as const)('%s / %s', (style, sample, expected) => {
    expect(cite(sample, style)).toContain(expected);
  });
});

describe('non-English titles are left as written', () => {
  it.each(['mla', 'chicago-author-date', 'chicago-note', 'apa', 'harvard', 'ieee', 'vancouver'] as const)('%s', (style) => {
    expect(cite('french', style)).toContain("Le régime syrien reprend le contrôle de la ville, dernier fief urbain de l'EI");
    expect(cite('german', style)).toContain('Der Pegel der Elbe steigt weiter');
  });

  it('English titles are title-cased where the style says so', () => {
    expect(cite('one', 'mla')).toContain('Harbour Tunnel Opens after Nine Years');
    expect(cite('one', 'apa')).toContain('Harbour tunnel opens after nine years');
  });
});

describe('locales', () => {
  it.each([
    ['fr-FR', 'mla', 'sample', '14 mars 2024'],
    ['fr', 'apa', 'noDate', 's. d.'],
    ['de-DE', 'chicago-author-date', 'one', '14. März 2024'],
    ['es-ES', 'mla', 'one', '14 de marzo de 2024'],
    ['en-GB', 'chicago-note', 'one', '14 March 2024'],
    ['ja-JP', 'chicago-note', 'one', '2024年3月14日'],
    ['ru', 'chicago-note', 'one', '2024 г.'],
    ['pl-PL', 'mla', 'one', '2024'],
    ['zh-TW', 'chicago-note', 'one', '2024年3月14日'],
    ['xx-YY', 'apa', 'one', 'March 14'],
  ])('%s %s', (locale, style, sample, expected) => {
    const s = sample === 'sample' ? 'one' : sample;
    expect(cite(s as keyof typeof SAMPLES, style as StyleId, locale)).toContain(expected);
  });
});

describe('every style renders every sample', () => {
  const all = Object.keys(SAMPLES) as (keyof typeof SAMPLES)[];
  it.each(STYLES.map((s) => s.id))('%s', (style) => {
    for (const sample of all) {
      const r = renderCitation(SAMPLES[sample]!, style);
      expect(r.text.length).toBeGreaterThan(10);
      expect(r.html.length).toBeGreaterThan(10);
    }
  });

  it('chicago-note gives the note and the bibliography entry', () => {
    const r = renderCitation(SAMPLES.one!, 'chicago-note');
    expect(r.text).toMatch(/^Jane Doe, “Harbour/);
    expect(r.bibliography?.text).toMatch(/^Doe, Jane\. “Harbour/);
  });
});
