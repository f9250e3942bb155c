// The seed replica (kept in ../shared, never copied here): skipped when absent.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/lib/metadata/index';
import { docOf, NOW } from './helpers';

const DIR = '/work/shared/fixtures/seed/';
const HTML = `${DIR}francesoir-boukamal.html`;
const has = existsSync(HTML);

describe.skipIf(!has)('seed replica metadata', () => {
  it('matches expected.json', () => {
    const expected = JSON.parse(readFileSync(`${DIR}francesoir-boukamal.expected.json`, 'utf8')) as {
      url: string;
      metadata: { title: string; authors: string[]; siteName: string; published: string; lang: string; section: string };
    };
    const meta = extractMetadata(docOf(readFileSync(HTML, 'utf8'), expected.url), expected.url, { now: NOW });
    const e = expected.metadata;
    expect(meta.title).toBe(e.title);
    expect(meta.authors).toEqual([{ name: 'AFP', kind: 'organization' }]);
    expect(meta.authors.map((a) => a.name)).toEqual(e.authors);
    expect(meta.siteName).toBe(e.siteName);
    expect(Date.parse(meta.published ?? '')).toBe(Date.parse(e.published));
    expect(meta.published).toBe('2017-11-18T17:22:00+01:00');
    expect(meta.lang).toBe(e.lang);
    expect(meta.section).toBe(e.section);
    expect(meta.itemType).toBe('article-newspaper');
    expect(meta.url).toBe(expected.url);
  });
});
