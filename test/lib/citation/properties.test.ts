// Property tests: no page string (any Unicode, braces, backslashes, newlines, control/bidi
// characters, RIS terminators) breaks an entry or reaches an output as a control/bidi char.
// Negative control: naive writers must FAIL the same properties.
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../../src/lib/citation/bibtex';
import { toCslItem } from '../../../src/lib/citation/csl-item';
import { renderCitation } from '../../../src/lib/citation/index';
import { toRis } from '../../../src/lib/citation/ris';
import { toWikipedia } from '../../../src/lib/citation/wikipedia';
import { hasUnsafe } from '../../../src/lib/text-safety';
import type { Metadata } from '../../../src/lib/types';
import { BIBTEX_OPTIONS, parseRis } from './samples';

const NASTY = ['}', '{', '\\', '\\input{x}', '\r\nER  - \r\nTY  - JOUR\r\nUR  - https://evil', '\n@misc{evil,', '\u202e',
  '\u2066', '\u0000', '\u001b[2J', '\u0085', '\u2028', '|', '}}', '{{', '[[', '<script>', '%', '#', '&', '~', '^', '$',
  '"', ',', ' and ', 'TY  - ', '\ufeff', '\u200d', 'é', '😀', '\t'];
const pageString = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...NASTY)), { maxLength: 8 })
  .map((parts) => parts.join(''));

const metaArb = fc.record({
  title: pageString,
  names: fc.array(fc.tuple(pageString, pageString, fc.boolean()), { maxLength: 4 }),
  site: pageString,
  section: pageString,
  lang: pageString,
}).map(({ title, names, site, section, lang }): Metadata => ({
  title,
  authors: names.map(([g, f, org]) => (org ? { name: `${g}${f}`, kind: 'organization' } : { name: `${g} ${f}`, kind: 'person', given: g, family: f })),
  siteName: site,
  section,
  lang,
  published: '2020-02-13',
  itemType: 'article-newspaper',
  url: 'https://news.example/a',
  accessed: '2026-11-24',
  provenance: {},
}));

/** Controls/bidi other than the writers' own line breaks. */
const unsafeOutside = (s: string): boolean => hasUnsafe(s.replace(/\r?\n/g, ''));

type Writer = (m: Metadata) => string;

function bibtexOk(write: Writer) {
  return (m: Metadata): boolean => {
    const out = write(m);
    if (unsafeOutside(out)) return false;
    const lib = parseBibtex(out, BIBTEX_OPTIONS);
    if (lib.entries.length !== 1 || lib.errors.length || lib.preamble.length || Object.keys(lib.strings).length) return false;
    const title = toCslItem(m).title;
    // TeX ligatures (-- `` '' !` ?`) are TeX semantics that any BibTeX writer shares.
    return !title || /--|``|''|[!?]`/.test(title) || lib.entries[0]?.fields.title === title;
  };
}

function risOk(write: Writer) {
  return (m: Metadata): boolean => {
    const out = write(m);
    const lines = out.split('\r\n').filter((l) => l !== '');
    return (
      !unsafeOutside(out) &&
      lines.every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l)) &&
      lines.filter((l) => l.startsWith('TY  - ')).length === 1 &&
      lines.filter((l) => l.startsWith('ER  - ')).length === 1 &&
      parseRis(out).length === 1
    );
  };
}

function wikiOk(write: Writer) {
  return (m: Metadata): boolean => {
    const out = write(m);
    const opened = (out.match(/\{\{/g) ?? []).length;
    const closed = (out.match(/\}\}/g) ?? []).length;
    const bars = (out.match(/\{\{!\}\}/g) ?? []).length;
    return !unsafeOutside(out) && opened === closed && opened === bars + 1 && !/\[\[|<|>|~~~/.test(out);
  };
}

// Naive writers: what a hand-written template would do.
const naiveBibtex: Writer = (m) => `@article{key,\n  title = {${m.title}},\n  journal = {${m.siteName}}\n}\n`;
const naiveRis: Writer = (m) => `TY  - NEWS\r\nTI  - ${m.title}\r\nT2  - ${m.siteName}\r\nER  - \r\n`;
const naiveWiki: Writer = (m) => `{{cite news |title=${m.title} |work=${m.siteName}}}`;

const RUNS = { numRuns: Number(process.env.LECTERN_FC_RUNS ?? 300), seed: 20261124 };

describe('properties', () => {
  it('BibTeX: one entry, decoded title equals the cleaned input, no controls', () => {
    fc.assert(fc.property(metaArb, bibtexOk(toBibtex)), RUNS);
  });
  it('RIS: well-formed lines, one TY/ER, one parsed record', () => {
    fc.assert(fc.property(metaArb, risOk(toRis)), RUNS);
  });
  it('Wikipedia: template stays closed, no markup smuggled', () => {
    fc.assert(fc.property(metaArb, wikiOk(toWikipedia)), RUNS);
  });
  it('CSL-JSON: parses to one item, no controls/bidi', () => {
    fc.assert(
      fc.property(metaArb, (m) => {
        const out = renderCitation(m, 'csl-json').text;
        return !unsafeOutside(out) && (JSON.parse(out) as unknown[]).length === 1;
      }),
      RUNS,
    );
  });
  it('CSL styles: text has no controls, html only allowlisted tags', () => {
    fc.assert(
      fc.property(metaArb, fc.constantFrom('apa', 'mla', 'chicago-note', 'ieee') as fc.Arbitrary<'apa'>, (m, style) => {
        const r = renderCitation(m, style);
        const tagsLeft = r.html.replace(/<\/?(div|span|i|b|em|strong|sup|sub)(\s+(class|style)="[^"<>]*")*\s*>/g, '');
        return !hasUnsafe(r.text) && !hasUnsafe(r.html) && !/[<>]/.test(tagsLeft) && r.text.length < 10_000;
      }),
      { numRuns: 100, seed: 20261124 },
    );
  });

  it.each([
    ['BibTeX', bibtexOk(naiveBibtex)],
    ['RIS', risOk(naiveRis)],
    ['Wikipedia', wikiOk(naiveWiki)],
  ])('negative control: a naive %s writer fails the property', (_l, prop) => {
    const result = fc.check(fc.property(metaArb, prop), RUNS);
    expect(result.failed).toBe(true);
  });
});

describe('size amplification (E10)', () => {
  it('10k authors and a 1 MB title give citations under 10 KB', () => {
    const m: Metadata = {
      title: 'x'.repeat(1_000_000),
      authors: Array.from({ length: 10_000 }, (_, i) => ({ name: `Person ${i}`, kind: 'person', given: 'Person', family: `F${i}` })),
      itemType: 'article-newspaper',
      url: 'https://news.example/a',
      provenance: {},
    };
    for (const style of ['apa', 'mla', 'ieee', 'bibtex', 'ris', 'wikipedia'] as const) {
      expect(renderCitation(m, style).text.length).toBeLessThan(10_000);
    }
  });
});
