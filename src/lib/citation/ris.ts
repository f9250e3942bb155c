// RIS writer (SECURITY.md E5–E6). CR, LF, U+0085, U+2028/2029 and every other control are
// replaced upstream by cleanText, so a value can never start a new tag line; each line is
// "XX  - value", one TY first, one ER last, CRLF line ends, no wrapping. Values are capped at
// 1,000 characters (titles) / 200 (names) / 2,000 (URLs) — RIS has no length limit, but
// the cap keeps a hostile page from producing a multi-megabyte record.
import type { Metadata } from '../types';
import { cleanText } from '../text-safety';
import type { CslName } from './csl-item';
import { toCslItem } from './csl-item';

const TYPES: Record<string, string> = {
  'article-newspaper': 'NEWS',
  'article-magazine': 'MGZN',
  'post-weblog': 'BLOG',
  webpage: 'ELEC',
};

function risName(n: CslName): string {
  if (n.literal) return n.literal;
  return [n.family, n.given, n.suffix].filter(Boolean).join(', ');
}

function risDate(p: number[] | undefined): string | undefined {
  if (!p?.length) return undefined;
  const [y, m, d] = p;
  const pad = (n: number | undefined): string => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${String(y).padStart(4, '0')}/${pad(m)}/${pad(d)}/`;
}

export function toRis(meta: Metadata): string {
  const item = toCslItem(meta);
  const lines: [string, string | undefined][] = [['TY', TYPES[item.type] ?? 'ELEC']];
  for (const a of item.author ?? []) lines.push(['AU', risName(a)]);
  const issued = item.issued?.['date-parts'][0];
  lines.push(
    ['TI', item.title],
    ['T2', item['container-title']],
    ['PY', issued?.[0] !== undefined ? String(issued[0]) : undefined],
    ['DA', risDate(issued)],
    ['SE', item.section],
    ['UR', item.URL],
    ['Y2', risDate(item.accessed?.['date-parts'][0])],
    ['DO', item.DOI],
    ['LA', item.language],
  );
  const body = lines
    .map(([tag, v]) => [tag, cleanText(v ?? '', 2000)] as const)
    .filter(([tag, v]) => tag === 'TY' || v !== '')
    .map(([tag, v]) => `${tag}  - ${v}`);
  return [...body, 'ER  - '].join('\r\n') + '\r\n';
}
