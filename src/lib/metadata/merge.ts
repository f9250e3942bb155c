// The merger: ranks every source's candidates per field (JSON-LD and Highwire first, DC/OG
// next, the DOM last — ANCHORS.md §3 combining Zotero's and Readability's orders), keeps the
// first value that passes its sanity check, and records where it came from.
import type { Creator, Metadata, Provenance } from '../types';
import { cleanText, decodeEntities, stripTags } from '../text-safety';
import type { Candidate, SourceId, TextField } from './candidates';
import { buildCreators, isAgency, isOutletCredit, looseKey } from './creators';
import { parseIsoDate } from './dates';
import { localDay } from './local-day';
import { cleanTitle } from './title';

const ORDER: Record<TextField | 'authors', readonly SourceId[]> = {
  title: ['highwire', 'json-ld', 'og', 'dc', 'parsely', 'meta', 'doc'],
  authors: ['highwire', 'json-ld', 'parsely', 'dc', 'og', 'microdata', 'meta', 'byline'],
  siteName: ['og', 'json-ld', 'highwire', 'dc', 'meta'],
  publisher: ['json-ld', 'highwire', 'dc', 'og'],
  // Dates read from the page's text, then the URL's, only when nothing machine-readable gives one.
  published: ['highwire', 'json-ld', 'og', 'dc', 'parsely', 'microdata', 'meta', 'time', 'text', 'url'],
  modified: ['json-ld', 'og', 'dc', 'microdata', 'time', 'text'],
  lang: ['highwire', 'json-ld', 'dc', 'meta', 'doc', 'og'],
  section: ['json-ld', 'og', 'parsely'],
  doi: ['highwire', 'dc', 'json-ld'],
  description: ['json-ld', 'og', 'dc', 'highwire', 'meta'],
  url: ['highwire', 'og', 'json-ld', 'doc'],
};

export const DOI_RE = /^10\.\d{4,9}\/\S+$/;

type TextCandidate = Extract<Candidate, { field: TextField }>;
type AuthorCandidate = Extract<Candidate, { field: 'authors' }>;

function ranked(all: readonly Candidate[], field: 'authors'): AuthorCandidate[];
function ranked(all: readonly Candidate[], field: TextField): TextCandidate[];
function ranked(all: readonly Candidate[], field: Candidate['field']): Candidate[] {
  const order = ORDER[field];
  return all
    .filter((c) => c.field === field && order.includes(c.source))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => order.indexOf(a.c.source) - order.indexOf(b.c.source) || a.i - b.i)
    .map((x) => x.c);
}

const plain = (v: string, max: number): string => cleanText(stripTags(decodeEntities(v)), max);

export function normalizeLang(v: string): string | undefined {
  const t = plain(v, 40).replace(/_/g, '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t)) return undefined;
  return t
    .split('-')
    .map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p))
    .join('-');
}

export function normalizeDoi(v: string): string | undefined {
  const t = plain(v, 300).replace(/^(doi:\s*|https?:\/\/(dx\.)?doi\.org\/)/i, '');
  return DOI_RE.test(t) ? t : undefined;
}

type Validator = (v: string) => string | undefined;

function pick(all: readonly Candidate[], field: TextField, check: Validator): { value: string; from: string } | undefined {
  for (const c of ranked(all, field)) {
    const v = check(c.value);
    if (v) return { value: v, from: c.from };
  }
  return undefined;
}

interface Picked {
  value: Creator[];
  from: string;
  /** Only the site's own name or a newsroom credit: a later source may still name someone. */
  weak: boolean;
}

function pickAuthors(all: readonly Candidate[], siteName?: string, hostLabel = '', lang?: string): Picked | undefined {
  // A blog's account named like its host ("Harderwijker Buurtnieuws" on harderwijkerbuurtnieuws.…) is
  // the outlet too, when the page declares no site name.
  const hostKey = hostLabel.length >= 4 ? looseKey(hostLabel) : '';
  let fallback: Picked | undefined;
  for (const c of ranked(all, 'authors')) {
    // Structured sources and profile links list one author per entry; a byline line is split.
    const listed = c.source !== 'byline' || c.from === 'byline:author-link';
    const creators = buildCreators(c.value, siteName, c.inverted, { ...(lang ? { lang } : {}), listed });
    if (!creators.length) continue;
    // Only the site's own name or a bare "Redaktion" (a common <meta name=author>): keep looking
    // for named authors, and use it only when nothing better exists.
    const onlySite = creators.every((a) => isOutletCredit(a.name, siteName) || (hostKey !== '' && looseKey(a.name) === hostKey)) ||
      // Only organisations, none of them an agency: the paper itself in <meta name=author> or JSON-LD
      // ("中台灣日報"); a person named in the byline is the author. An agency's story stays the agency's.
      creators.every((a) => a.kind === 'organization' && !isAgency(a.name));
    if (!onlySite) return { value: creators, from: c.from, weak: false };
    fallback ??= { value: creators, from: c.from, weak: true };
  }
  return fallback;
}

/** How much earlier the shown date may be than a stale stamp: a story is re-saved within weeks. */
const STALE_REACH_MS = 92 * 86_400_000;

/**
 * A CMS that writes one stamp for both dates (datePublished = dateModified = the last save) gives the
 * update's day as the publication's. When the date shown as text in the rows by the headline is an earlier day,
 * within a few months, the shown date is the publication date (blind round 9: a story shown
 * "١٦ مارس ٢٠٢٥", stamped 2025-03-17 in both fields).
 */
function staleStamp(got: Dated, day: string, published: readonly Dated[], modified: readonly Parsed[]): Dated | undefined {
  if (got.from === 'page-text') return undefined;
  // Only a date in the byline and date rows by the headline: a widget further down has other days.
  const shown = published.find((d) => d.from === 'page-text');
  if (!shown || !('near' in shown.c && shown.c.near)) return undefined;
  const stamp = modified.find((d) => d.c.source !== 'text');
  if (!stamp || stamp.value !== got.value) return undefined;
  const gap = Date.parse(day.slice(0, 10)) - Date.parse(shown.value.slice(0, 10));
  return gap > 0 && gap <= STALE_REACH_MS ? shown : undefined;
}

/** A date candidate in rank order, parsed once (undefined when it does not parse). */
interface Parsed { c: Candidate; value: string | undefined; from: string }
type Dated = Parsed & { value: string };

export interface MergeResult {
  fields: Omit<Metadata, 'itemType' | 'url' | 'accessed' | 'provenance'>;
  provenance: Provenance;
}

/**
 * `lateAuthors`: author candidates that are costly to read (the byline scan of the whole page), read
 * only when `all` names no author. The result is what merging `all` plus them would give: a named
 * author found in `all` is picked whatever the late candidates hold (the authors pick stops at the
 * first named one, in rank order), and other fields never read author candidates.
 */
export function mergeCandidates(
  all: readonly Candidate[],
  now: Date,
  hostLabel = '',
  lateAuthors?: () => readonly Candidate[],
  zone?: string,
): MergeResult {
  const provenance: Provenance = {};
  const fields: MergeResult['fields'] = { authors: [] };
  const set = (field: TextField, got: { value: string; from: string } | undefined): void => {
    if (!got || field === 'url') return;
    fields[field] = got.value;
    provenance[field] = got.from;
  };
  set('siteName', pick(all, 'siteName', (v) => plain(v, 200) || undefined));
  set('publisher', pick(all, 'publisher', (v) => plain(v, 200) || undefined));
  const sites = [fields.siteName, fields.publisher, hostLabel].filter((x): x is string => !!x);
  // A "title" that is just the site's name (JSON-LD "name" on some CMSes) is no title.
  const siteKeys = new Set(sites.map(looseKey));
  set('title', pick(all, 'title', (v) => {
    const t = cleanTitle(v, sites);
    return t && !siteKeys.has(looseKey(t)) ? t : undefined;
  }));
  // Each candidate parsed once: the first valid one in rank order is the pick (as pick() would), the
  // rest are evidence of the day a reader saw, not UTC's (local-day.ts), before the page's zone.
  const parsed = (field: 'published' | 'modified'): Parsed[] => ranked(all, field).map((c) => ({ c, value: parseIsoDate(c.value, now), from: c.from }));
  const candidates = { published: parsed('published'), modified: parsed('modified') };
  for (const field of ['published', 'modified'] as const) {
    const dates = candidates[field].filter((d): d is Dated => d.value !== undefined);
    const [got, ...rest] = dates;
    if (!got) continue;
    const others = rest.map((d) => d.value).filter((v) => v !== got.value);
    const day = localDay(got.value, others, zone);
    const stale = field === 'published' ? staleStamp(got, day, dates, candidates.modified) : undefined;
    set(field, stale ? { value: stale.value, from: stale.from } : { value: day, from: got.from });
  }
  set('lang', pick(all, 'lang', normalizeLang));
  set('section', pick(all, 'section', (v) => plain(v, 200) || undefined));
  set('doi', pick(all, 'doi', normalizeDoi));
  set('description', pick(all, 'description', (v) => plain(v, 2000) || undefined));
  const siteName = fields.siteName ?? fields.publisher;
  let authors = pickAuthors(all, siteName, hostLabel, fields.lang);
  if (lateAuthors && (!authors || authors.weak)) authors = pickAuthors(all.concat(lateAuthors()), siteName, hostLabel, fields.lang);
  if (authors) {
    fields.authors = authors.value;
    provenance.authors = authors.from;
  }
  return { fields, provenance };
}

/** URL candidates claimed by the page, best first (validated against the tab URL by url.ts). */
export function claimedUrls(all: readonly Candidate[]): string[] {
  return ranked(all, 'url').map((c) => c.value);
}
