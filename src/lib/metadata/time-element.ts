// Dates from the page body: microdata itemprop=datePublished/dateModified, then <time datetime>
// (the one marked as publication time, else the first inside the article), then
// <abbr class="published" title> (postlight #762). Only machine-readable attributes are read;
// visible free-text dates are never parsed (SECURITY.md D4).
import type { Candidate } from './candidates';
import { pushText } from './candidates';
import { elementsByTag, inChrome } from './dom-scan';

function machineValue(el: Element): string | null {
  return el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title');
}

function outsideChrome(el: Element): boolean {
  return !inChrome(el);
}

const MICRODATA_FIELDS = [
  ['datePublished', 'published'],
  ['dateCreated', 'published'],
  ['dateModified', 'modified'],
] as const;
const MICRODATA_DATES = new Set<string>(MICRODATA_FIELDS.map(([prop]) => prop));

export function fromTimeElements(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  // One [itemprop] scan, then the first exact match per property: what three
  // querySelector('[itemprop="…"]') calls return, for one tree scan instead of three.
  const firstByProp = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
    const prop = el.getAttribute('itemprop') ?? '';
    if (MICRODATA_DATES.has(prop) && !firstByProp.has(prop)) firstByProp.set(prop, el);
  }
  for (const [prop, field] of MICRODATA_FIELDS) {
    const el = firstByProp.get(prop);
    if (el) pushText(out, field, machineValue(el), 'microdata', `microdata:${prop}`);
  }
  // time[datetime] through the tag index (same elements, same order): one tree scan fewer.
  const times = elementsByTag(doc, 'time').filter((t) => t.hasAttribute('datetime') && outsideChrome(t));
  const marked = times.find((t) => t.hasAttribute('pubdate') || /publi|posted|created/i.test(t.className));
  const inArticle = times.find((t) => t.closest('article, main, [role="main"]'));
  const first = marked ?? inArticle ?? times[0];
  if (first) pushText(out, 'published', first.getAttribute('datetime'), 'time', 'time');
  const updated = times.find((t) => /updat|modif/i.test(t.className));
  if (updated) pushText(out, 'modified', updated.getAttribute('datetime'), 'time', 'time');
  // Few <abbr> per page: the tag index, then the original selector on each (same quirks-mode class rules).
  const abbr = elementsByTag(doc, 'abbr').find((el) => el.matches('abbr.published[title]'));
  if (abbr) pushText(out, 'published', abbr.getAttribute('title'), 'time', 'time:abbr');
  return out;
}
