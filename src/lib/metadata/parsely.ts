// Parse.ly: a JSON blob in <meta name="parsely-page"> or individual parsely-* tags.
import type { Candidate, MetaMap, RawCreator } from './candidates';
import { pushMeta, pushText } from './candidates';

const label = (k: string): string => `parsely:${k}`;

export function fromParsely(meta: MetaMap): Candidate[] {
  const out: Candidate[] = [];
  const blob = meta.get('parsely-page')?.[0];
  if (blob) {
    try {
      const page: unknown = JSON.parse(blob);
      if (page && typeof page === 'object') {
        const p = page as Record<string, unknown>;
        pushText(out, 'title', p.title, 'parsely', 'parsely');
        pushText(out, 'published', p.pub_date, 'parsely', 'parsely');
        pushText(out, 'section', p.section, 'parsely', 'parsely');
        const a = p.authors ?? p.author;
        const list = (Array.isArray(a) ? a : [a]).filter((x): x is string => typeof x === 'string' && x.trim() !== '');
        if (list.length) out.push({ field: 'authors', value: list.map((name) => ({ name })), source: 'parsely', from: 'parsely' });
      }
    } catch {
      // Broken JSON in a meta tag: ignore the blob, the single tags may still be there.
    }
  }
  pushMeta(out, meta, 'title', ['parsely-title'], 'parsely', label);
  pushMeta(out, meta, 'published', ['parsely-pub-date'], 'parsely', label);
  pushMeta(out, meta, 'section', ['parsely-section'], 'parsely', label);
  const authors: RawCreator[] = (meta.get('parsely-author') ?? []).filter((v) => v.trim()).map((name) => ({ name }));
  if (authors.length) out.push({ field: 'authors', value: authors, source: 'parsely', from: 'parsely:parsely-author' });
  return out;
}
