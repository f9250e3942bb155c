// Plain <meta name="author"> and its cousins, plus generic title/lang/description tags.
import type { Candidate, MetaMap } from './candidates';
import { isUrlLike, pushMeta } from './candidates';

const label = (k: string): string => `meta:${k}`;
// Recommendation and analytics widgets' tags name the byline too: Dable's on Korean news CMSes,
// Cxense's on European ones.
const AUTHOR_KEYS = ['author', 'byl', 'sailthru.author', 'dc.author', 'authors', 'twitter:creator:name', 'dable:author', 'cxenseparse:author'];

export function fromMetaAuthor(meta: MetaMap): Candidate[] {
  const out: Candidate[] = [];
  for (const key of AUTHOR_KEYS) {
    const values = (meta.get(key) ?? []).filter((v) => v.trim() !== '' && !isUrlLike(v));
    if (values.length) out.push({ field: 'authors', value: values.map((name) => ({ name })), source: 'meta', from: label(key) });
  }
  pushMeta(out, meta, 'title', ['title', 'headline'], 'meta', label);
  pushMeta(out, meta, 'lang', ['language', 'lang', 'content-language'], 'meta', label);
  pushMeta(out, meta, 'description', ['description'], 'meta', label);
  pushMeta(out, meta, 'siteName', ['application-name', 'apple-mobile-web-app-title'], 'meta', label);
  pushMeta(out, meta, 'published', ['pubdate', 'publish-date', 'date', 'sailthru.date'], 'meta', label);
  return out;
}
