// Realistic metadata for citation tests (what extractMetadata returns for typical pages).
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { Creator, Metadata } from '../../../src/lib/types';

type RisRecord = Record<string, string | string[]>;
/** Parse RIS with @citation-js/plugin-ris into raw tag records. */
export const parseRis = (text: string): RisRecord[] => plugins.input.chainLink(text, {}) as unknown as RisRecord[];

/** The parser would sentence-case "English" titles; we compare values as written. */
export const BIBTEX_OPTIONS = { sentenceCase: false, english: false, unsupported: 'ignore' } as const;

export const person = (given: string, family: string): Creator => ({ name: `${given} ${family}`, kind: 'person', given, family });

const base: Metadata = {
  title: 'Harbour tunnel opens after nine years of delays',
  authors: [],
  siteName: 'The Daily Ledger',
  publisher: 'Ledger Media',
  published: '2024-03-14T06:30:00Z',
  lang: 'en',
  itemType: 'article-newspaper',
  url: 'https://www.dailyledger.example/city/tunnel',
  accessed: '2026-11-24',
  provenance: {},
};

const letters = 'ABCDEFGHIJKLMNOPQRSTU';

export const SAMPLES: Record<string, Metadata> = {
  one: { ...base, authors: [person('Jane', 'Doe')] },
  two: { ...base, authors: [person('Priya', 'Raman'), person('Tomás', 'Ó Briain')] },
  three: { ...base, authors: [person('Jane', 'Doe'), person('John', 'Roe'), person('Ann', 'Poe')] },
  twentyOne: { ...base, authors: Array.from(letters, (l) => person(`Given${l}`, `Family${l}`)) },
  organisation: { ...base, authors: [{ name: 'Reuters', kind: 'organization' }] },
  noAuthor: { ...base },
  noDate: { ...base, authors: [person('Jane', 'Doe')], published: undefined },
  french: {
    ...base,
    title: "Le régime syrien reprend le contrôle de la ville, dernier fief urbain de l'EI",
    authors: [{ name: 'AFP', kind: 'organization' }],
    siteName: 'Le Quotidien',
    lang: 'fr',
  },
  german: { ...base, title: 'Der Pegel der Elbe steigt weiter', lang: 'de', authors: [person('Anna', 'Schmidt')] },
  updated: { ...base, authors: [person('Jane', 'Doe')], modified: '2024-03-15T10:00:00Z' },
  webpage: { ...base, itemType: 'webpage', title: 'Opening hours', authors: [], published: undefined },
  blog: { ...base, itemType: 'post-weblog', authors: [person('Jane', 'Doe')] },
};
