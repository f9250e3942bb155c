// Byline cleaning and splitting: the junk Readability and Zotero let through.
import { describe, expect, it } from 'vitest';
import { buildCreators, isOrganizationName, splitByline } from '../../../src/lib/metadata/creators';
import { splitPersonName } from '../../../src/lib/metadata/name-parts';

describe('splitByline', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe & Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe']],
    ['Par Marie Dupont et Luc Martin', ['Marie Dupont', 'Luc Martin']],
    ['Von Anna Schmidt und Max Müller', ['Anna Schmidt', 'Max Müller']],
    ['Por María García y José López', ['María García', 'José López']],
    // Chinese, Japanese and Korean reporter titles and credit labels, and the ideographic comma.
    ['本报记者 李明、王芳', ['李明', '王芳']],
    ['김민지 기자 minji@example.com', ['김민지']],
    ['山田花子記者', ['山田花子']],
    ['記者：山田花子', ['山田花子']],
    ['文/李明', ['李明']],
    ['新华社记者 李明', ['李明']],
    ['记者 李明 责任编辑 王芳', ['李明']],
    ['编辑：王芳', []],
    ['Di Marco Rossi e Giulia Bianchi', ['Marco Rossi', 'Giulia Bianchi']],
    ['Door Sanne de Vries en Pieter Jansen', ['Sanne de Vries', 'Pieter Jansen']],
    // zotero #2118
    ['PTI | Updated: Feb 13, 2019, 10:42 IST', ['PTI']],
    // zotero #1165 / readability #938: date glued to the name
    ['Jane Doe February 13, 2020', ['Jane Doe']],
    ['John Roe 13.02.2020 um 10:15 Uhr', ['John Roe']],
    ['By Jane Doe | 3 min read | Share', ['Jane Doe']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['John Roe, Correspondent in Paris', ['John Roe']],
    ['Jane Doe @janedoe', ['Jane Doe']],
    ['Par AFP', ['AFP']],
    ['AFP/Reuters', ['AFP', 'Reuters']],
    ['Theresa May', ['Theresa May']],
    ['Mis à jour le 12 mars 2021', []],
    ['Staff Writer', []],
  ])('%s', (raw, names) => {
    expect(splitByline(raw)).toEqual(names);
  });

  it('drops the site name next to real names', () => {
    expect(splitByline('Jane Doe - Riverside Courier', 'Riverside Courier')).toEqual(['Jane Doe']);
    expect(splitByline('Riverside Courier', 'Riverside Courier')).toEqual(['Riverside Courier']);
  });

  it('reads Highwire "Family, Given" when inverted', () => {
    expect(splitByline('Doe, Jane', undefined, true)).toEqual(['Jane Doe']);
  });
});

describe('organisations', () => {
  it.each(['AFP', 'Reuters', 'Associated Press', 'dpa', 'EFE', 'ANSA', 'Belga', 'Bloomberg', 'Rédaction', 'Redaktion',
    'Redacción', 'Staff', 'Editorial Board', 'NBC News', 'Canadian Press', 'Reuters Agency', 'Data Team'])('%s', (n) => {
    expect(isOrganizationName(n)).toBe(true);
  });
  // Newsrooms, papers and agencies in Chinese, Japanese and Korean end with their kind of word.
  it.each(['新华社', '朝日新聞', '共同通信', '연합뉴스', '조선일보', '編集部', '中央电视台', '文春オンライン', '日経', '共同',
    'ロイター', '한겨레', '매일경제', '第一财经'])('%s', (n) => {
    expect(isOrganizationName(n)).toBe(true);
  });
  // Chinese, Japanese and Korean personal names are written without a space.
  it.each(['Jane Doe', 'Marie-Claire Dupont', 'Ludwig van Beethoven', '李明', '欧阳娜娜', '山田花子', '山田 花子', '김민지',
    'さくらももこ', '王志', '佐藤健志'])('%s is a person', (n) => {
    expect(isOrganizationName(n)).toBe(false);
  });
  it("the site's own name is an organisation", () => {
    expect(isOrganizationName('France Soir', 'France-Soir')).toBe(true);
  });
});

describe('name parts', () => {
  it.each([
    ['Jane Doe', { given: 'Jane', family: 'Doe' }],
    ['Charles de Gaulle', { given: 'Charles', family: 'de Gaulle' }],
    ['Ludwig van der Berg', { given: 'Ludwig', family: 'van der Berg' }],
    ['Ursula von der Leyen', { given: 'Ursula', family: 'von der Leyen' }],
    ['Martin Luther King Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['Mary Ann Evans', { given: 'Mary Ann', family: 'Evans' }],
    // Family name first in Chinese, Japanese and Korean.
    ['山田 花子', { family: '山田', given: '花子' }],
    ['김민지', { family: '김', given: '민지' }],
    // Han names without a space are not split: 石破茂 is 石破 + 茂, 李明 is 李 + 明.
    ['李明', { family: '李明' }],
    ['石破茂', { family: '石破茂' }],
    ['山田花子', { family: '山田花子' }],
  ])('%s', (name, parts) => {
    expect(splitPersonName(name)).toEqual(parts);
  });
});

describe('buildCreators', () => {
  it('caps at 50, dedupes, recases ALL-CAPS people', () => {
    const letters = (i: number): string => i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
    const raw = Array.from({ length: 10_000 }, (_, i) => ({ name: `Person Z${letters(i)}` }));
    expect(buildCreators(raw)).toHaveLength(50);
    expect(buildCreators([{ name: 'JANE DOE' }, { name: 'Jane Doe' }])).toEqual([
      { name: 'Jane Doe', kind: 'person', given: 'Jane', family: 'Doe' },
    ]);
  });
  it('keeps structured given/family and schema.org kinds', () => {
    expect(buildCreators([{ name: 'X', given: 'Tomás', family: 'Ó Briain' }, { name: 'Le Monde', kind: 'organization' }]))
      .toEqual([
        { name: 'Tomás Ó Briain', kind: 'person', given: 'Tomás', family: 'Ó Briain' },
        { name: 'Le Monde', kind: 'organization' },
      ]);
  });
  it('strips control and bidi characters and markup', () => {
    const [c] = buildCreators([{ name: 'Jane\u202e Doe\u0007 <b>X</b>' }]);
    expect(c?.name).toBe('Jane Doe X');
  });
});
