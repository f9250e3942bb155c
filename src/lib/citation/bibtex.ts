// BibTeX writer (biblatex-compatible, classic-BibTeX-parsable). Escaping follows Zotero's
// BibTeX.js map (SECURITY.md E1–E4): braces become \{\vphantom{\}} / \vphantom{\{}\} so that
// brace counting stays balanced, # $ % & _ get a backslash, \ | < > ~ ^ become text
// commands. Values are one line (newlines → spaces upstream), so no "@type{" can start a
// second entry: every page-originated character sits inside one braced value.
import type { Metadata } from '../types';
import { cleanText } from '../text-safety';
import type { CslItem, CslName } from './csl-item';
import { toCslItem } from './csl-item';

const MAP: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '\\{\\vphantom{\\}}',
  '}': '\\vphantom{\\{}\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
  '|': '{\\textbar}',
  '<': '{\\textless}',
  '>': '{\\textgreater}',
};

export function escapeBibtex(value: string): string {
  return cleanText(value, 2000).replace(/[\\{}#$%&_~^|<>]/g, (c) => MAP[c] ?? c);
}

/**
 * `url` is a verbatim field in biblatex (and \url{} in BibTeX styles): backslash escapes would
 * show up literally, so only characters that could unbalance the braces or end the value are
 * percent-encoded.
 */
export function escapeBibtexUrl(url: string): string {
  return cleanText(url, 2000).replace(/[{}\\\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** NFKD + diacritic fold, ASCII letters/digits only (E4, E11). */
function keyPart(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]/g, '');
}

/**
 * Citation key "family + year + first title word", matching ^[A-Za-z0-9_:-]+$; never empty
 * ("ref" + year); `used` gets a suffix a, b, c… on collision.
 */
export function bibtexKey(item: CslItem, used?: Set<string>): string {
  const first = item.author?.[0];
  const who = keyPart(first?.family ?? first?.literal ?? '').toLowerCase().slice(0, 30);
  const year = String(item.issued?.['date-parts'][0]?.[0] ?? '');
  const word = (item.title ?? '').split(/\s+/).map(keyPart).find((w) => w.length > 3) ?? '';
  let key = (who || 'ref') + year + word.toLowerCase().slice(0, 20);
  if (!/^[A-Za-z0-9_:-]+$/.test(key)) key = 'ref';
  if (used) {
    let k = key;
    for (let i = 0; used.has(k); i++) k = key + (i < 26 ? String.fromCharCode(97 + i) : String(i));
    used.add(k);
    key = k;
  }
  return key;
}

function bibName(n: CslName): string {
  // Organisations are double-braced so BibTeX never splits "Associated Press" into first/last.
  if (n.literal) return `{${escapeBibtex(n.literal)}}`;
  // Brace parts that contain "and" or a comma so the name list cannot be re-split.
  const part = (s: string): string => (/\band\b|,/i.test(s) ? `{${escapeBibtex(s)}}` : escapeBibtex(s));
  const family = part(n.family ?? '');
  const suffix = n.suffix ? `, ${part(n.suffix)}` : '';
  return n.given ? `${family}${suffix}, ${part(n.given)}` : family;
}

function isoOf(d: CslItem['issued']): string | undefined {
  const p = d?.['date-parts'][0];
  if (!p?.length) return undefined;
  return p.map((n, i) => (i === 0 ? String(n).padStart(4, '0') : String(n).padStart(2, '0'))).join('-');
}

export function toBibtex(meta: Metadata): string {
  const item = toCslItem(meta);
  const article = item.type === 'article-newspaper' || item.type === 'article-magazine';
  const fields: [string, string | undefined][] = [
    ['author', item.author?.map(bibName).join(' and ')],
    ['title', item.title && `{${escapeBibtex(item.title)}}`],
    [article ? 'journal' : 'howpublished', item['container-title'] && escapeBibtex(item['container-title'])],
    ['year', item.issued ? String(item.issued['date-parts'][0]?.[0]) : undefined],
    ['month', item.issued?.['date-parts'][0]?.[1]?.toString()],
    ['date', isoOf(item.issued)],
    ['url', item.URL && escapeBibtexUrl(item.URL)],
    ['urldate', isoOf(item.accessed)],
    ['doi', item.DOI && escapeBibtex(item.DOI)],
    ['language', item.language && escapeBibtex(item.language)],
    ['note', isoOf(item.accessed) && `Accessed ${isoOf(item.accessed)}`],
  ];
  const body = fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@${article ? 'article' : 'misc'}{${bibtexKey(item)},\n${body}\n}\n`;
}
