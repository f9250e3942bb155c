// Shared helpers for metadata tests: build a jsdom Document from HTML and extract.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMetadata } from '../../../src/lib/metadata/index';
import type { Metadata } from '../../../src/lib/types';

export const NOW = new Date('2026-11-24T12:00:00Z');

export function docOf(html: string, url = 'https://www.example.org/a'): Document {
  return new JSDOM(html, { url }).window.document;
}

export function metaOf(html: string, url = 'https://www.example.org/a'): Metadata {
  return extractMetadata(docOf(html, url), url, { now: NOW });
}

export function fixture(name: string): string {
  // vitest runs from the repository root.
  return readFileSync(join(process.cwd(), 'test/fixtures/metadata', name), 'utf8');
}

/** A minimal page with the given head and body markup. */
export function page(head: string, body = '<article><h1>Headline</h1><p>Text.</p></article>'): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
