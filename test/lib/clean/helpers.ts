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

/** Runs the article pass on `<div>html</div>` (as Readability's output would be) and reports. */
export async function cleanFragment(html: string, opts?: { disabledRules?: string[]; lang?: string }): Promise<{
  text: string; rules: string[]; removed: Removal[];
}> {
  const { cleanArticle } = await import('../../../src/lib/clean');
  const doc = docFrom(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  const removed = cleanArticle(root, opts);
  return { text: norm(root.textContent ?? ''), rules: removed.map((r) => r.rule), removed };
}

/** Filler article paragraphs so that a block under test is not a large share of the text. */
export const BODY = [
  'The council met on Tuesday evening to discuss the new parking scheme for the town centre, which has been debated for more than two years.',
  'Residents on the affected streets will be able to apply for permits from next month, and visitors will pay by phone or at new machines.',
  'Shop owners said they hoped the change would free up spaces for customers, though some worried about the cost for their own staff.',
  'The scheme will be reviewed after twelve months, the council said, with a public consultation on any changes before they take effect.',
].map((p) => `<p>${p}</p>`).join('');
