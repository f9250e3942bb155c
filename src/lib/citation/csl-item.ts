// Metadata → CSL-JSON item. Every value is re-cleaned here: Metadata may arrive from a
// message or a user edit, not only from our extractor, and feeds every output format.
import type { Creator, ItemType, Metadata } from '../types';
import { cleanText } from '../text-safety';
import { dateParts, parseIsoDate } from '../metadata/dates';
import { splitPersonName } from '../metadata/name-parts';

export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts': number[][];
}

export interface CslItem {
  id: string;
  type: ItemType;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  section?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  DOI?: string;
  language?: string;
  abstract?: string;
}

/** Cap used for every CSL field; keeps any citation well under ~10 KB (SECURITY.md E10). */
export const FIELD_CAP = 1000;
export const MAX_CITED_AUTHORS = 50;
const ITEM_TYPES: readonly ItemType[] = ['article-newspaper', 'article-magazine', 'post-weblog', 'webpage'];
/** No upper bound on re-validation here: the extractor already applied "now + 1 day". */
const FAR_FUTURE = new Date(8.64e15);

export function cslName(c: Creator): CslName | undefined {
  const name = cleanText(c.name, 200);
  if (c.kind === 'organization') return name ? { literal: name } : undefined;
  const given = cleanText(c.given ?? '', 200);
  const family = cleanText(c.family ?? '', 200);
  const suffix = cleanText(c.suffix ?? '', 20);
  const parts = family ? { given, family } : splitPersonName(name);
  if (!parts.family) return name ? { literal: name } : undefined;
  const out: CslName = { family: parts.family };
  if (parts.given) out.given = parts.given;
  const suf = suffix || ('suffix' in parts ? (parts.suffix ?? '') : '');
  if (suf) out.suffix = suf;
  return out;
}

export function cslDate(iso: string | undefined): CslDate | undefined {
  const valid = iso ? parseIsoDate(iso, FAR_FUTURE) : undefined;
  const parts = valid ? dateParts(valid) : undefined;
  return parts ? { 'date-parts': [parts] } : undefined;
}

export function toCslItem(meta: Metadata, id = 'lectern-item'): CslItem {
  const type = ITEM_TYPES.includes(meta.itemType) ? meta.itemType : 'webpage';
  const item: CslItem = { id, type };
  const text = (v: string | undefined, cap = FIELD_CAP): string | undefined => cleanText(v ?? '', cap) || undefined;
  const title = text(meta.title);
  if (title) item.title = title;
  const authors = (Array.isArray(meta.authors) ? meta.authors : [])
    .slice(0, MAX_CITED_AUTHORS)
    .map(cslName)
    .filter((n): n is CslName => !!n);
  if (authors.length) item.author = authors;
  const site = text(meta.siteName, 200) ?? text(meta.publisher, 200);
  if (site) item['container-title'] = site;
  // No `publisher`: Zotero's newspaper/web item types have none, and styles would print the
  // owning company ("Ledger Media") next to the paper's name, or as author of web pages.
  const section = text(meta.section, 200);
  if (section) item.section = section;
  const issued = cslDate(meta.published);
  if (issued) item.issued = issued;
  const accessed = cslDate(meta.accessed);
  if (accessed) item.accessed = accessed;
  const url = text(meta.url, 2000);
  if (url && /^https?:\/\//i.test(url)) item.URL = url;
  const doi = text(meta.doi, 300);
  if (doi && /^10\.\d{4,9}\/\S+$/.test(doi)) item.DOI = doi;
  const lang = text(meta.lang, 40);
  if (lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) item.language = lang;
  return item;
}
