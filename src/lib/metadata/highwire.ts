// Highwire Press citation_* tags (Google Scholar). Zotero writes them over every other
// source, so they rank first for title, authors and date in merge.ts.
import type { Candidate, MetaMap } from './candidates';
import { pushMeta } from './candidates';

const label = (k: string): string => `highwire:${k}`;

export function fromHighwire(meta: MetaMap): Candidate[] {
  const out: Candidate[] = [];
  pushMeta(out, meta, 'title', ['citation_title'], 'highwire', label);
  const names: string[] = [];
  for (const key of ['citation_author', 'citation_authors']) {
    for (const v of meta.get(key) ?? []) names.push(...v.split(';'));
  }
  const authors = names.map((n) => n.trim()).filter((n) => n !== '');
  if (authors.length) {
    out.push({
      field: 'authors',
      value: authors.map((name) => ({ name })),
      source: 'highwire',
      from: 'highwire',
      inverted: true,
    });
  }
  pushMeta(
    out,
    meta,
    'published',
    ['citation_publication_date', 'citation_date', 'citation_cover_date', 'citation_online_date'],
    'highwire',
    label,
  );
  pushMeta(out, meta, 'doi', ['citation_doi'], 'highwire', label);
  pushMeta(out, meta, 'siteName', ['citation_journal_title'], 'highwire', label);
  pushMeta(out, meta, 'publisher', ['citation_publisher'], 'highwire', label);
  pushMeta(out, meta, 'lang', ['citation_language'], 'highwire', label);
  pushMeta(out, meta, 'description', ['citation_abstract'], 'highwire', label);
  pushMeta(out, meta, 'url', ['citation_public_url', 'citation_abstract_html_url'], 'highwire', label);
  return out;
}
