// BibTeX, RIS, CSL-JSON and Wikipedia writers, with round trips through real parsers.
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexKey, toBibtex } from '../../../src/lib/citation/bibtex';
import { toCslItem } from '../../../src/lib/citation/csl-item';
import { renderCitation } from '../../../src/lib/citation/index';
import { toRis } from '../../../src/lib/citation/ris';
import { toWikipedia } from '../../../src/lib/citation/wikipedia';
import type { Metadata } from '../../../src/lib/types';
import { BIBTEX_OPTIONS, parseRis, person, SAMPLES } from './samples';


const HOSTILE: Metadata = {
  ...SAMPLES.two!,
  title: 'Foo}, author = {Mallory \\input{/etc/passwd} \\immediate\\write18{rm -rf} 50% & $x_1$ #1 ~^|<> @preamble{x}',
  authors: [person('Jane', 'O\'Brien}'), { name: 'Johnson and Johnson', kind: 'organization' }, person('Zoë', 'Müller')],
  siteName: 'Le {Monde',
};

describe('BibTeX', () => {
  it('seed-like organisation entry', () => {
    const bib = toBibtex(SAMPLES.french!);
    expect(bib).toMatch(/^@article\{afp2024regime,\n/);
    expect(bib).toContain('author = {{AFP}}');
    expect(bib).toContain('journal = {Le Quotidien}');
    expect(bib).toContain('date = {2024-03-14}');
  });

  it.each([
    ['newspaper', SAMPLES.three!, 'article'],
    ['webpage', SAMPLES.webpage!, 'misc'],
    ['blog', SAMPLES.blog!, 'misc'],
    ['hostile', HOSTILE, 'article'],
  ])('round trip (%s): one entry, original values', (_l, meta, type) => {
    const lib = parseBibtex(toBibtex(meta), BIBTEX_OPTIONS);
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    expect(lib.strings).toEqual({});
    expect(lib.preamble).toEqual([]);
    const e = lib.entries[0]!;
    expect(e.type).toBe(type);
    expect(e.fields.title).toBe(meta.title);
    const item = toCslItem(meta);
    if (item['container-title']) expect(e.fields.journal ?? e.fields.howpublished).toBe(item['container-title']);
    const creators = (e.fields.author ?? []) as { name?: string; lastName?: string; firstName?: string }[];
    expect(creators.map((c) => c.name ?? `${c.firstName} ${c.lastName}`)).toEqual(meta.authors.map((a) => a.name));
    expect(e.fields.url).toBe(meta.url);
  });

  it('no page-supplied control sequence survives (E2)', () => {
    const bib = toBibtex(HOSTILE);
    expect(bib).not.toMatch(/\\(input|immediate|write18|def|csname)/);
    expect(bib.match(/^@/gm)).toHaveLength(1);
  });

  it.each([
    ['Müller', 'Mu\u0308ller'],
    ['2024', '２０２４'],
  ])('NFC/NFKC-equivalent inputs give the same key and text (E11): %s', (a, b) => {
    const m1 = { ...SAMPLES.one!, authors: [person('Hans', a === '2024' ? 'Müller' : a)], published: '2024-03-14' };
    const m2 = { ...SAMPLES.one!, authors: [person('Hans', a === '2024' ? 'Müller' : b)], published: a === '2024' ? `${b}-03-14` : '2024-03-14' };
    expect(toBibtex(m2)).toBe(toBibtex(m1));
    expect(renderCitation(m2, 'apa').text).toBe(renderCitation(m1, 'apa').text);
  });

  it.each([
    [{ author: [{ family: 'Müller' }], title: 'Über alles', issued: { 'date-parts': [[2020]] } }, 'muller2020uber'],
    [{ author: [{ family: '李' }], title: '新闻' }, 'ref'],
    [{ author: [{ family: "O'Brien, Jr." }], title: 'A, {b}' }, 'obrienjr'],
    [{}, 'ref'],
  ])('key %j → %s', (partial, key) => {
    expect(bibtexKey({ id: 'x', type: 'webpage', ...partial })).toBe(key);
  });

  it('unique suffix on collision', () => {
    const used = new Set<string>();
    const item = toCslItem(SAMPLES.one!);
    expect([bibtexKey(item, used), bibtexKey(item, used), bibtexKey(item, used)]).toEqual([
      'doe2024harbour', 'doe2024harboura', 'doe2024harbourb',
    ]);
  });
});

describe('RIS', () => {
  it('seed-like record', () => {
    expect(toRis(SAMPLES.french!).split('\r\n')).toEqual([
      'TY  - NEWS', 'AU  - AFP', "TI  - Le régime syrien reprend le contrôle de la ville, dernier fief urbain de l'EI",
      'T2  - Le Quotidien', 'PY  - 2024', 'DA  - 2024/03/14/', 'UR  - https://www.dailyledger.example/city/tunnel',
      'Y2  - 2026/11/24/', 'LA  - fr', 'ER  - ', '',
    ]);
  });

  it.each([
    ['NEWS', SAMPLES.three!], ['ELEC', SAMPLES.webpage!], ['BLOG', SAMPLES.blog!],
    ['MGZN', { ...SAMPLES.one!, itemType: 'article-magazine' } as Metadata],
    ['NEWS', { ...HOSTILE, title: 'A\r\nER  - \r\nTY  - JOUR\r\nUR  - https://evil\u2028x\u0085y' }],
  ])('round trip %s: one record, original values', (ty, meta) => {
    const text = toRis(meta);
    for (const line of text.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(text.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(text.match(/^ER {2}- /gm)).toHaveLength(1);
    const records = parseRis(text);
    expect(records).toHaveLength(1);
    const r = records[0]!;
    expect(r.TY).toBe(ty);
    expect(r.TI).toBe(toCslItem(meta).title);
    const au = r.AU === undefined ? [] : Array.isArray(r.AU) ? r.AU : [r.AU];
    expect(au).toHaveLength(meta.authors.length);
    expect(r.UR).toBe(meta.url);
  });

  it('a 5,000-character title stays on one TI line (E6)', () => {
    const text = toRis({ ...SAMPLES.one!, title: 'word '.repeat(1000) });
    const ti = text.split('\r\n').filter((l) => l.startsWith('TI  - '));
    expect(ti).toHaveLength(1);
    expect(ti[0]!.length).toBeLessThanOrEqual(1006);
  });
});

describe('CSL-JSON', () => {
  it('is the pretty item array with literal organisations', () => {
    const json = renderCitation(SAMPLES.french!, 'csl-json').text;
    const items = JSON.parse(json) as unknown[];
    expect(items).toEqual([toCslItem(SAMPLES.french!)]);
    expect(json).toContain('\n  {\n');
    expect(items[0]).toMatchObject({ type: 'article-newspaper', author: [{ literal: 'AFP' }], language: 'fr',
      issued: { 'date-parts': [[2024, 3, 14]] } });
  });
});

describe('Wikipedia', () => {
  it.each([
    [SAMPLES.french!, '{{cite news |author=AFP |title=Le régime syrien reprend le contrôle de la ville, dernier fief urbain de l\'EI |date=2024-03-14 |work=Le Quotidien |publisher=Ledger Media |url=https://www.dailyledger.example/city/tunnel |access-date=2026-11-24 |language=fr }}'],
    [SAMPLES.two!, '{{cite news |last1=Raman |first1=Priya |last2=Ó Briain |first2=Tomás |title='],
    [SAMPLES.webpage!, '{{cite web |title=Opening hours |website=The Daily Ledger'],
  ])('%#', (meta, expected) => {
    expect(toWikipedia(meta)).toContain(expected);
  });

  it('neutralises wikitext', () => {
    const w = toWikipedia({ ...SAMPLES.one!, title: 'A | b }} {{evil}} [[Link]] <ref>x</ref> ~~~~' });
    expect(w).toContain('|title=A {{!}} b evil Link refx/ref ~ |');
    expect(w.match(/\}\}/g)).toHaveLength(2);
  });
});
