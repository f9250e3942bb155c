// Dublin Core (DC.*, dc.*) and dcterms.* meta tags.
import type { Candidate, MetaMap } from './candidates';
import { pushMeta } from './candidates';

const label = (k: string): string => `dc:${k}`;
const keys = (...names: string[]): string[] =>
  names.flatMap((n) => [`dc.${n}`, `dcterms.${n}`, `dc:${n}`, `dcterms:${n}`]);

export function fromDublinCore(meta: MetaMap): Candidate[] {
  const out: Candidate[] = [];
  pushMeta(out, meta, 'title', keys('title'), 'dc', label);
  const creators: string[] = [];
  for (const k of keys('creator', 'creator.personalname', 'contributor')) creators.push(...(meta.get(k) ?? []));
  const names = creators.flatMap((c) => c.split(';')).map((c) => c.trim()).filter(Boolean);
  if (names.length) {
    out.push({ field: 'authors', value: names.map((name) => ({ name })), source: 'dc', from: 'dc', inverted: true });
  }
  pushMeta(out, meta, 'published', keys('date.issued', 'issued', 'date', 'created', 'date.created'), 'dc', label);
  pushMeta(out, meta, 'modified', keys('modified', 'date.modified'), 'dc', label);
  pushMeta(out, meta, 'publisher', keys('publisher'), 'dc', label);
  pushMeta(out, meta, 'lang', keys('language'), 'dc', label);
  pushMeta(out, meta, 'description', keys('description', 'abstract'), 'dc', label);
  // A DC identifier is only a DOI candidate; merge.ts validates the syntax.
  pushMeta(out, meta, 'doi', [...keys('identifier'), 'prism.doi', 'bepress_citation_doi'], 'dc', label);
  pushMeta(out, meta, 'siteName', [...keys('source'), 'prism.publicationname'], 'dc', label);
  return out;
}
