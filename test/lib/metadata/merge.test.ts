// The merger's late authors (the byline scan): read only when no earlier source names an author,
// and merging with them gives what merging everything at once gives.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/lib/metadata/candidates';
import { mergeCandidates } from '../../../src/lib/metadata/merge';
import { NOW } from './helpers';

const author = (name: string, source: Candidate['source']): Candidate => ({ field: 'authors', value: [{ name }], source, from: source });
const site: Candidate = { field: 'siteName', value: 'The Ledger', source: 'og', from: 'og:site_name' };
const byline = [author('By Jane Doe', 'byline')];

describe('mergeCandidates with late authors', () => {
  it.each([
    ['a named author in the meta tags', [site, author('John Roe', 'meta')], false],
    ['only the site name', [site, author('The Ledger', 'meta')], true],
    ['only a newsroom credit', [site, author('Redaktion', 'json-ld')], true],
    ['no author at all', [site], true],
  ] as const)('%s', (_label, early, needed) => {
    let calls = 0;
    const late = (): Candidate[] => {
      calls++;
      return byline;
    };
    const lazy = mergeCandidates(early, NOW, 'ledger', late);
    expect(calls).toBe(needed ? 1 : 0);
    expect(lazy).toEqual(mergeCandidates([...early, ...byline], NOW, 'ledger'));
  });
});
