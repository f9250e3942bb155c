// What every metadata source returns: raw, unvalidated values tagged with where they came
// from. merge.ts ranks them per field and runs the sanity checks; sources stay dumb.
import { elementsByTag } from './dom-scan';

export type TextField =
  | 'title'
  | 'siteName'
  | 'publisher'
  | 'published'
  | 'modified'
  | 'lang'
  | 'section'
  | 'doi'
  | 'description'
  | 'url';

/** A creator as a source saw it, before cleaning/splitting. */
export interface RawCreator {
  name: string;
  kind?: 'person' | 'organization';
  given?: string;
  family?: string;
}

/** Source ids, used to rank candidates per field in merge.ts. */
export type SourceId =
  | 'highwire'
  | 'json-ld'
  | 'og'
  | 'dc'
  | 'parsely'
  | 'meta'
  | 'microdata'
  | 'time'
  | 'byline'
  | 'text'
  | 'url'
  | 'doc';

export type Candidate =
  | {
      field: TextField; value: string; source: SourceId; from: string;
      /** A text date read from the rows just after the headline or from the lines above it (text-date.ts
       *  `d <= NEAR`), not from further down the page. */
      near?: boolean;
    }
  | {
      field: 'authors';
      value: RawCreator[];
      source: SourceId;
      from: string;
      /** Values may be "Family, Given" (Highwire/DC convention) rather than a comma list. */
      inverted?: boolean;
    };

export type MetaMap = Map<string, string[]>;

/**
 * Every <meta> keyed by lowercased name/property/itemprop (itemprop only for <meta> elements;
 * microdata on visible elements is read by the DOM sources).
 */
export function readMetaTags(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  // The tag index, not querySelectorAll: same elements, same order, ~8× cheaper under jsdom.
  for (const el of elementsByTag(doc, 'meta')) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      // RDFa pages may put several properties in one attribute.
      for (const k of key.split(/\s+/)) {
        const list = map.get(k) ?? [];
        list.push(content);
        map.set(k, list);
      }
    }
  }
  return map;
}

/** First non-blank value among keys, with the key that gave it. */
export function firstMeta(meta: MetaMap, keys: readonly string[]): { key: string; value: string } | undefined {
  for (const key of keys) {
    const v = meta.get(key)?.find((x) => x.trim() !== '');
    if (v !== undefined) return { key, value: v };
  }
  return undefined;
}

/** Helper for sources: push a text candidate when the value is a non-blank string. */
export function pushText(
  out: Candidate[],
  field: TextField,
  value: unknown,
  source: SourceId,
  from: string,
): void {
  if (typeof value === 'string' && value.trim() !== '') out.push({ field, value, source, from });
}

/** Push candidates for a list of meta keys, each provenance-labelled "prefix:key". */
export function pushMeta(
  out: Candidate[],
  meta: MetaMap,
  field: TextField,
  keys: readonly string[],
  source: SourceId,
  label: (key: string) => string,
): void {
  for (const key of keys) {
    for (const v of meta.get(key) ?? []) pushText(out, field, v, source, label(key));
  }
}

/** True for values that are just a URL (article:author often holds a profile URL). */
export function isUrlLike(s: string): boolean {
  return /^\s*(https?:)?\/\//i.test(s) || /^\s*www\./i.test(s);
}
