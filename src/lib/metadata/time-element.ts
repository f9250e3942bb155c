// Dates from the page body: microdata itemprop=datePublished/dateModified, then <time datetime>
// (the one marked as publication time, else the first inside the article), then
// <abbr class="published" title> (postlight #762). Only machine-readable attributes are read;
// visible free-text dates are never parsed (SECURITY.md D4).
import type { Candidate } from './candidates';
import { pushText } from './candidates';
import { inChrome } from './dom-scan';

function machineValue(el: Element): string | null {
  return el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title');
}

function outsideChrome(el: Element): boolean {
  return !inChrome(el);
}

export function fromTimeElements(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const [prop, field] of [
    ['datePublished', 'published'],
    ['dateCreated', 'published'],
    ['dateModified', 'modified'],
  ] as const) {
    const el = doc.querySelector(`[itemprop="${prop}"]`);
    if (el) pushText(out, field, machineValue(el), 'microdata', `microdata:${prop}`);
  }
  const times = Array.from(doc.querySelectorAll('time[datetime]')).filter(outsideChrome);
  const marked = times.find((t) => t.hasAttribute('pubdate') || /publi|posted|created/i.test(t.className));
  const inArticle = times.find((t) => t.closest('article, main, [role="main"]'));
  const first = marked ?? inArticle ?? times[0];
  if (first) pushText(out, 'published', first.getAttribute('datetime'), 'time', 'time');
  const updated = times.find((t) => /updat|modif/i.test(t.className));
  if (updated) pushText(out, 'modified', updated.getAttribute('datetime'), 'time', 'time');
  const abbr = doc.querySelector('abbr.published[title]');
  if (abbr) pushText(out, 'published', abbr.getAttribute('title'), 'time', 'time:abbr');
  return out;
}
