// One page in, the CONTRACT.md JSON out. Shared by `extract`, the batch workers and `cite`.
import { parseDocument, canonicalUrl } from './dom';
import { extractArticle } from '../lib/extract';
import { extractMetadata } from '../lib/metadata';
import { DEFAULT_MAX_ELEMENTS, START_TAG_SLACK, countStartTags } from '../lib/extract/limits';
import { createArticleSanitizer } from '../lib/sanitize';
import type { Article, Metadata } from '../lib/types';

/** CONTRACT.md's JSON: the article's public fields (html sanitized), plus an error when extraction failed. */
export type ExtractJson = Pick<Article, 'url' | 'isNewsArticle' | 'readerable' | 'metadata' | 'text' | 'html' | 'removed'> & {
  error?: string;
  /** What was dropped on the way (a step that failed on this page) without failing the page. */
  notes?: string[];
};

/** Cheap look at <link rel=canonical> before parsing, so the document gets its real base URL once. */
export function prescanCanonical(html: string): string | undefined {
  const head = html.slice(0, 300_000);
  for (const tag of head.matchAll(/<link\b[^>]{0,2000}>/gi)) {
    const t = tag[0];
    if (!/\brel\s*=\s*["']?[^"'>]*\bcanonical\b/i.test(t)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(t);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (value && /^https?:\/\//i.test(value.trim())) return value.trim();
  }
  return undefined;
}

export interface PageInput { html: string; url: string; explicitUrl: boolean; now?: Date }

/** The document's head alone (up to <body>, at most 1 MB): enough for metadata when the whole is refused. */
function headOnly(html: string): string {
  const end = html.slice(0, 1_000_000).search(/<body[\s>]/i);
  return end === -1 ? html.slice(0, 1_000_000) : html.slice(0, end);
}

/** A failed page still gives the metadata we can read (malformed metadata gives none, not a crash). */
function failedResult(doc: Document, url: string, now: Date, error: string): ExtractJson {
  let metadata: Metadata;
  try {
    metadata = extractMetadata(doc, url, { now });
  } catch {
    metadata = { authors: [], itemType: 'webpage', url, provenance: {} };
  }
  return { url, isNewsArticle: false, readerable: false, metadata, text: '', html: '', removed: [], error };
}

export function pageResult({ html, url, explicitUrl, now = new Date() }: PageInput): ExtractJson {
  const effective = explicitUrl ? url : (prescanCanonical(html) ?? url);
  const tags = countStartTags(html);
  if (tags > DEFAULT_MAX_ELEMENTS * START_TAG_SLACK) {
    const head = parseDocument(headOnly(html), effective);
    try {
      return failedResult(head.doc, effective, now, `Page too large to extract: about ${tags} elements (limit ${DEFAULT_MAX_ELEMENTS}).`);
    } finally {
      head.close();
    }
  }
  const { doc, window, close, note } = parseDocument(html, effective);
  const withNote = (r: ExtractJson): ExtractJson => {
    const notes = [...(note ? [note] : []), ...(r.notes ?? [])];
    return notes.length ? { ...r, notes } : r;
  };
  try {
    const finalUrl = explicitUrl ? url : (canonicalUrl(doc) ?? effective);
    try {
      const article = extractArticle(doc, finalUrl, { now });
      const sanitizer = createArticleSanitizer(window);
      return withNote({
        url: finalUrl,
        isNewsArticle: article.isNewsArticle,
        readerable: article.readerable,
        metadata: article.metadata,
        text: article.text,
        html: article.html ? sanitizer.toHtml(article.html, { remoteImages: true }) : '',
        removed: article.removed.map(({ rule, text }) => ({ rule, text })),
        ...(article.notes?.length ? { notes: article.notes } : {}),
      });
    } catch (error) {
      // Too large, too deep, Readability threw: still give the metadata we can read.
      return withNote(failedResult(doc, finalUrl, now, error instanceof Error ? error.message : String(error)));
    }
  } finally {
    close();
  }
}
