// The page answered from a world we do not control: check the shape and caps of an extraction
// result before anything renders it (SECURITY.md F5, R9). Unknown fields are dropped.
import type { Article, Creator, Metadata, Removal } from '../lib/types';

const MAX_HTML = 5_000_000;
const MAX_TEXT = 2_000_000;
const MAX_FIELD = 2000;
const MAX_REMOVED = 200;

const str = (v: unknown, max = MAX_FIELD): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);

function creator(v: unknown): Creator | null {
  if (!v || typeof v !== 'object') return null;
  const c = v as Record<string, unknown>;
  const name = str(c.name, 300);
  if (!name) return null;
  const out: Creator = { name, kind: c.kind === 'organization' ? 'organization' : 'person' };
  for (const k of ['given', 'family', 'suffix'] as const) {
    const s = str(c[k], 300);
    if (s) out[k] = s;
  }
  return out;
}

function metadata(v: unknown, url: string): Metadata {
  const m = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const out: Metadata = {
    authors: Array.isArray(m.authors) ? m.authors.slice(0, 50).map(creator).filter((c): c is Creator => c !== null) : [],
    itemType: ['article-newspaper', 'article-magazine', 'post-weblog', 'webpage'].includes(m.itemType as string) ? (m.itemType as Metadata['itemType']) : 'webpage',
    provenance: {},
    url: str(m.url) ?? url,
  };
  for (const k of ['title', 'siteName', 'publisher', 'published', 'modified', 'lang', 'section', 'doi', 'description', 'accessed'] as const) {
    const s = str(m[k]);
    if (s) out[k] = s;
  }
  if (m.provenance && typeof m.provenance === 'object') {
    for (const [k, p] of Object.entries(m.provenance as Record<string, unknown>)) {
      if (typeof p === 'string') (out.provenance as Record<string, string>)[k] = p.slice(0, 100);
    }
  }
  return out;
}

function removal(v: unknown): Removal | null {
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  const rule = str(r.rule, 100);
  const text = str(r.text, 4000);
  if (!rule || text === undefined) return null;
  const out: Removal = { rule, text };
  const html = str(r.html, 200_000);
  if (html !== undefined) out.html = html;
  if (typeof r.position === 'number' && Number.isInteger(r.position) && r.position >= 0) out.position = r.position;
  return out;
}

/** A checked copy of the article, or null when the shape is wrong or over the caps. */
export function validateArticle(v: unknown): Article | null {
  if (!v || typeof v !== 'object') return null;
  const a = v as Record<string, unknown>;
  if (typeof a.url !== 'string' || typeof a.html !== 'string' || typeof a.text !== 'string') return null;
  if (a.html.length > MAX_HTML || a.text.length > MAX_TEXT) return null;
  return {
    url: a.url.slice(0, 8000),
    isNewsArticle: a.isNewsArticle === true,
    readerable: a.readerable === true,
    metadata: metadata(a.metadata, a.url),
    text: a.text,
    html: a.html,
    removed: Array.isArray(a.removed) ? a.removed.slice(0, MAX_REMOVED).map(removal).filter((r): r is Removal => r !== null) : [],
    dir: a.dir === 'rtl' || a.dir === 'ltr' ? a.dir : undefined,
    wordCount: typeof a.wordCount === 'number' && Number.isFinite(a.wordCount) ? Math.max(0, Math.floor(a.wordCount)) : 0,
    notes: Array.isArray(a.notes) ? a.notes.filter((n): n is string => typeof n === 'string').slice(0, 20) : undefined,
  };
}
