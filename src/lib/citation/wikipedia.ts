// Wikipedia citation template: {{cite news}} for newspaper/magazine articles, {{cite web}}
// otherwise. Wikitext-significant text is neutralised: "|" → {{!}}, braces, [[ ]], < > removed,
// "~~~" (signature expansion) broken up, so a value cannot close the template or add parameters.
import type { Metadata } from '../types';
import { cleanText } from '../text-safety';
import type { CslItem } from './csl-item';
import { toCslItem } from './csl-item';

export function escapeWiki(value: string): string {
  return cleanText(value, 2000)
    .replace(/[{}<>]/g, '')
    .replace(/\[\[|\]\]/g, '')
    .replace(/~{3,}/g, '~')
    .replace(/\|/g, '{{!}}')
    .replace(/\s+/g, ' ')
    .trim();
}

function isoDate(d: CslItem['issued']): string | undefined {
  const p = d?.['date-parts'][0];
  return p?.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
}

export function toWikipedia(meta: Metadata): string {
  const item = toCslItem(meta);
  const news = item.type === 'article-newspaper' || item.type === 'article-magazine';
  const params: [string, string | undefined][] = [];
  const authors = item.author ?? [];
  // One numbering for people and organisations: author1 and last1 are aliases in the template.
  authors.forEach((a, i) => {
    const n = authors.length === 1 ? '' : String(i + 1);
    if (a.literal) params.push([`author${n}`, a.literal]);
    else params.push([`last${n || 1}`, a.family], [`first${n || 1}`, a.given]);
  });
  params.push(
    ['title', item.title],
    ['date', isoDate(item.issued)],
    [news ? 'work' : 'website', item['container-title']],
    ['publisher', meta.publisher && meta.publisher !== item['container-title'] ? meta.publisher : undefined],
    ['url', item.URL],
    ['doi', item.DOI],
    ['access-date', isoDate(item.accessed)],
    ['language', item.language],
  );
  const body = params
    .map(([k, v]) => [k, v ? escapeWiki(v) : ''] as const)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` |${k}=${v}`)
    .join('');
  return `{{${news ? 'cite news' : 'cite web'}${body} }}`;
}
