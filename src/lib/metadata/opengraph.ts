// OpenGraph og:* and the article:* namespace (most news CMSes emit these).
import type { Candidate, MetaMap } from './candidates';
import { isUrlLike, pushMeta } from './candidates';

const label = (k: string): string => `meta:${k}`;

export function fromOpenGraph(meta: MetaMap): Candidate[] {
  const out: Candidate[] = [];
  pushMeta(out, meta, 'title', ['og:title', 'twitter:title'], 'og', label);
  pushMeta(out, meta, 'siteName', ['og:site_name'], 'og', label);
  pushMeta(
    out,
    meta,
    'published',
    ['article:published_time', 'og:article:published_time', 'og:published_time', 'og:pubdate', 'og:publish_date',
      'article:published'],
    'og',
    label,
  );
  pushMeta(
    out,
    meta,
    'modified',
    ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:modified'],
    'og',
    label,
  );
  pushMeta(out, meta, 'section', ['article:section', 'og:article:section'], 'og', label);
  pushMeta(out, meta, 'description', ['og:description', 'twitter:description'], 'og', label);
  pushMeta(out, meta, 'url', ['og:url'], 'og', label);
  // og:locale is "fr_FR"; merge.ts normalises the separator.
  pushMeta(out, meta, 'lang', ['og:locale'], 'og', label);
  // article:author / article:publisher often hold profile URLs: only names count.
  const authors = [...(meta.get('article:author') ?? []), ...(meta.get('og:article:author') ?? [])].filter(
    (v) => v.trim() !== '' && !isUrlLike(v),
  );
  if (authors.length) {
    out.push({ field: 'authors', value: authors.map((name) => ({ name })), source: 'og', from: 'meta:article:author' });
  }
  for (const v of meta.get('article:publisher') ?? []) {
    if (!isUrlLike(v)) pushMeta(out, new Map([['article:publisher', [v]]]), 'publisher', ['article:publisher'], 'og', label);
  }
  return out;
}
