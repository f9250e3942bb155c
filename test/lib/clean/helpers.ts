// Shared by the cleaner's tests: load a fixture, run it through the real pipeline, normalise text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../src/lib/extract';
import type { Removal } from '../../../src/lib/types';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/clean');

export interface Expected {
  url: string;
  lang: string;
  mustKeep: string[];
  mustDrop: string[];
  rulesRemoved?: string[];
}

export function fixtureSlugs(): string[] {
  return readdirSync(FIXTURES).filter((s) => !s.startsWith('.')).sort();
}

export function loadFixture(slug: string): { html: string; expected: Expected } {
  const dir = join(FIXTURES, slug);
  return {
    html: readFileSync(join(dir, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
  };
}

/** Straight quotes, no-break spaces as spaces, collapsed whitespace (as the seed's README says). */
export function norm(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function docFrom(html: string, url = 'https://example.org/a'): Document {
  return new JSDOM(html, { url }).window.document;
}

export function runPipeline(html: string, url: string): { text: string; removed: Removal[] } {
  const article = extractArticle(docFrom(html, url), url);
  return { text: norm(article.text), removed: article.removed };
}
