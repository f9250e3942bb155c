// Citation metadata of a page: every source read, merged with provenance and sanity checks.
// Pure: takes the Document and the tab URL; never reads globals.
import type { Metadata } from '../types';
import { cleanText } from '../text-safety';
import type { Candidate } from './candidates';
import { pushText, readMetaTags } from './candidates';
import { authorLinksNear, creditLinesNear, fromByline } from './byline';
import { fromEndByline } from './end-byline';
import { headlineAnchor } from './headline-anchor';
import { buildCreators, looseKey } from './creators';
import { reconcileAuthors } from './byline-reconcile';
import { isoDay } from './dates';
import { elementsByTag, firstH1 } from './dom-scan';
import { setHeadline } from './set-headline';
import { fromDublinCore } from './dublin-core';
import { fromHighwire } from './highwire';
import { detectItemType } from './item-type';
import { fromJsonLd } from './json-ld';
import { claimedUrls, mergeCandidates } from './merge';
import { fromMetaAuthor } from './meta-author';
import { fromOpenGraph } from './opengraph';
import { fromParsely } from './parsely';
import { fromTimeElements } from './time-element';
import { fromTextDates, fromUrlDate } from './text-date';
import { displayedHeadline, sameHeadline } from './displayed-title';
import { trimDocTitle } from './title';
import { canonicalHref, citationUrl, siteKey } from './url';
import { pageZone } from './local-day';

export interface MetadataOptions {
  /** Today, for the access date. */
  now?: Date;
}

function fromDocument(doc: Document, h1El: Element | null): Candidate[] {
  const out: Candidate[] = [];
  const canonical = canonicalHref(doc);
  if (canonical) out.push({ field: 'url', value: canonical, source: 'doc', from: 'canonical' });
  const h1 = h1El?.textContent ?? undefined;
  pushText(out, 'title', trimDocTitle(doc.title, h1), 'doc', 'document-title');
  pushText(out, 'title', h1, 'doc', 'h1');
  const root = doc.documentElement;
  pushText(out, 'lang', root?.getAttribute('lang') ?? root?.getAttribute('xml:lang'), 'doc', 'html-lang');
  return out;
}

/** "en.wikipedia.org" → "wikipedia": a site name to strip from titles when none is declared. */
function hostLabel(url: string): string {
  const host = hostnameOf(url);
  return host ? (siteKey(host).split('.')[0] ?? '') : '';
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function extractMetadata(doc: Document, url: string, opts: MetadataOptions = {}): Metadata {
  const now = opts.now ?? new Date();
  const meta = readMetaTags(doc);
  // One lookup, shared by the byline scan and the title candidates; without an <h1>, the element that
  // shows the declared title (headline-anchor.ts).
  // Without either, or when the only <h1> is a masthead with no text (the logo's image), the line set
  // as a headline above the body (set-headline.ts).
  const label = hostLabel(url);
  const first = firstH1(doc);
  const logo = !!first && !looseKey(first.textContent ?? '') && elementsByTag(doc, 'h1').length === 1;
  const h1 = (logo ? null : first) ?? headlineAnchor(doc, meta) ?? setHeadline(doc) ?? first;
  const jsonLd = fromJsonLd(doc);
  const candidates: Candidate[] = [
    ...fromHighwire(meta),
    ...jsonLd.candidates,
    ...fromOpenGraph(meta),
    ...fromDublinCore(meta),
    ...fromParsely(meta),
    ...fromMetaAuthor(meta),
    ...fromTimeElements(doc),
    ...fromDocument(doc, h1),
    ...fromTextDates(doc, h1, doc.documentElement?.getAttribute('lang') ?? undefined),
    ...fromUrlDate(url),
  ];
  // The visible byline (authors only, ranked last) is read only when no other source names an author.
  // The signature at the article's end comes after every byline near the headline, before an agency
  // credit read from a source line or dateline (a named person outranks the agency).
  const byline = (): Candidate[] => {
    const near = fromByline(doc, h1);
    const agency = near.findIndex((c) => c.from === 'byline:agency');
    const end = fromEndByline(doc, h1);
    return agency < 0 ? near.concat(end) : [...near.slice(0, agency), ...end, ...near.slice(agency)];
  };
  const zone = pageZone(hostnameOf(url), candidates.filter((c) => c.field === 'lang').map((c) => String(c.value)));
  const { fields, provenance } = mergeCandidates(candidates, now, label, byline, zone);
  // (Profile links are checked too: a photographer's profile sits in the byline row as well.)
  if (fields.authors.length && (!provenance.authors?.startsWith('byline') || provenance.authors === 'byline:author-link')) {
    const site = fields.siteName ?? fields.publisher;
    const lang = fields.lang ? { lang: fields.lang } : {};
    const persons = (list: Metadata['authors']): Set<string> => new Set(list.filter((c) => c.kind === 'person').map((c) => looseKey(c.name)));
    // Structured data that names fewer people than the byline's profile links (one of two co-authors)
    // gives way to the links, when they name everyone it names.
    const linked = buildCreators(authorLinksNear(doc, h1), site, false, { ...lang, listed: true });
    const keys = persons(linked);
    if (keys.size > fields.authors.length && fields.authors.every((a) => keys.has(looseKey(a.name)))) {
      fields.authors = linked;
      provenance.authors = 'byline:author-link';
    }
    // The visible byline near the headline corrects what the CMS wrote (byline-reconcile.ts): an
    // editor or photographer listed as author ("रिपोर्ट: अनुराधा मिश्रा … Edited By: Rohit Verma", a
    // photographer's profile link in the byline row), a co-author left out, a name without its marks.
    // (Taking the byline whenever it names more people was tried: its debris, places and teaser names
    // cost more than it gained.)
    // Credit lines of photographers and editors by the headline come after the bylines (rule 1 only).
    const lines = fromByline(doc, h1, { nearOnly: true }).filter((c) => c.from !== 'byline:agency').concat(creditLinesNear(doc, h1));
    const fixed = reconcileAuthors(fields.authors, lines, site, lang);
    fields.authors = fixed.authors;
    if (fixed.from) provenance.authors = fixed.from;
  }
  // The headline displayed on the article is what a citation names (displayed-title.ts).
  // Without an <h1>, the element that shows the declared title (headline-anchor.ts) is the headline.
  const displayed = displayedHeadline(doc, [fields.siteName, fields.publisher, label]);
  const shown = displayed ?? (h1 && h1.localName !== 'h1' ? cleanText(h1.textContent ?? '', 300) || undefined : undefined);
  // A caption or a standfirst set in <h1> (far longer than every declared title) is not the headline.
  // A line set as the headline (set-headline.ts) was already read as one: an old layout's generic
  // <title> ("Заря Прикамья - Новости") is no measure of its length.
  if (shown && (!fields.title || (!sameHeadline(shown, fields.title) && (!displayed || shown.length <= fields.title.length * 2.5 + 20)))) {
    fields.title = shown;
    provenance.title = 'h1';
  }
  const citeUrl = citationUrl(url, claimedUrls(candidates));
  if (!fields.title) {
    // SECURITY.md D5: never an empty title; the hostname is the last resort.
    const host = hostnameOf(citeUrl);
    if (host) {
      fields.title = host;
      provenance.title = 'hostname';
    }
  }
  const itemType = detectItemType({
    jsonLdTypes: jsonLd.types,
    publisherTypes: jsonLd.publisherTypes,
    partOfTypes: jsonLd.partOfTypes,
    meta,
    ...(fields.siteName ? { siteName: fields.siteName } : {}),
    ...(fields.publisher ? { publisher: fields.publisher } : {}),
    ...(fields.published ? { published: fields.published } : {}),
  });
  provenance.itemType = jsonLd.types.length ? `json-ld:${jsonLd.types.join(',')}` : 'heuristic';
  provenance.url = citeUrl === url ? 'tab' : 'canonical';
  provenance.accessed = opts.now ? 'opts.now' : 'clock';
  return {
    ...fields,
    itemType,
    url: cleanText(citeUrl, 2000),
    accessed: isoDay(now),
    provenance,
  };
}
