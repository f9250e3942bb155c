// Citations of one page in the styles people use. CSL styles go through citeproc-js with the
// official style files; BibTeX, RIS, CSL-JSON and Wikipedia have hand-written writers.
//
// `html` is safe to put on the clipboard as text/html: for CSL styles it is citeproc's output
// (page text escaped by citeproc, then checked against a small tag allowlist — i, b, span,
// div, sup, sub — with an escaped-text fallback); for data formats it is the escaped text
// inside <pre>…</pre>. Nothing page-originated is ever inserted unescaped.
import type { Metadata } from '../types';
import { escapeHtml } from '../text-safety';
import { toBibtex } from './bibtex';
import { toCslItem } from './csl-item';
import { toCslJson } from './csl-json';
import type { Rendered } from './csl-render';
import { renderCsl, warmEngine } from './csl-render';
export { resolveLocale, SHIPPED_LOCALES } from './csl-render';
import { toRis } from './ris';
import { toWikipedia } from './wikipedia';

export type { CslItem, CslName } from './csl-item';
export { toCslItem };

export type StyleId =
  | 'apa'
  | 'mla'
  | 'chicago-author-date'
  | 'chicago-note'
  | 'harvard'
  | 'ieee'
  | 'vancouver'
  | 'bibtex'
  | 'ris'
  | 'csl-json'
  | 'wikipedia';

export const STYLES: readonly { id: StyleId; label: string; kind: 'csl' | 'data' }[] = [
  { id: 'apa', label: 'APA 7th edition', kind: 'csl' },
  { id: 'mla', label: 'MLA 9th edition', kind: 'csl' },
  { id: 'chicago-author-date', label: 'Chicago 17th (author-date)', kind: 'csl' },
  { id: 'chicago-note', label: 'Chicago 17th (notes and bibliography)', kind: 'csl' },
  { id: 'harvard', label: 'Harvard (Cite Them Right)', kind: 'csl' },
  { id: 'ieee', label: 'IEEE', kind: 'csl' },
  { id: 'vancouver', label: 'Vancouver', kind: 'csl' },
  { id: 'bibtex', label: 'BibTeX', kind: 'data' },
  { id: 'ris', label: 'RIS', kind: 'data' },
  { id: 'csl-json', label: 'CSL-JSON', kind: 'data' },
  { id: 'wikipedia', label: 'Wikipedia {{cite}}', kind: 'data' },
];

/** Style id → vendored CSL file (styles/<file>.csl). */
const CSL_FILE: Partial<Record<StyleId, string>> = {
  apa: 'apa',
  mla: 'modern-language-association',
  'chicago-author-date': 'chicago-author-date',
  'chicago-note': 'chicago-fullnote-bibliography',
  harvard: 'harvard-cite-them-right',
  ieee: 'ieee',
  vancouver: 'vancouver',
};

const WRITERS: Partial<Record<StyleId, (meta: Metadata) => string>> = {
  bibtex: toBibtex,
  ris: toRis,
  'csl-json': toCslJson,
  wikipedia: toWikipedia,
};

export interface Citation extends Rendered {
  /** chicago-note only: `text`/`html` are the note; this is the bibliography entry. */
  bibliography?: Rendered;
}

export function isStyleId(s: string): s is StyleId {
  return STYLES.some((st) => st.id === s);
}

/**
 * Render one citation. `locale` (e.g. "fr-FR", "de", "en-GB") picks the CSL locale for terms
 * and dates; unknown locales fall back to the style's default. The item's own language (meta.lang)
 * only stops English title-casing of non-English titles.
 */
export function renderCitation(meta: Metadata, style: StyleId, opts: { locale?: string } = {}): Citation {
  const writer = WRITERS[style];
  if (writer) {
    const text = writer(meta);
    return { text, html: `<pre>${escapeHtml(text)}</pre>` };
  }
  const file = CSL_FILE[style];
  if (!file) throw new Error(`unknown citation style: ${String(style)}`);
  return renderCsl(toCslItem(meta), file, opts.locale, style === 'chicago-note');
}

/**
 * Build the citeproc engine for a style ahead of time (e.g. when the popup opens): the first
 * render of a style costs 0.1–2 s (APA is the slowest), later renders a few ms.
 */
export function preloadStyle(style: StyleId, opts: { locale?: string } = {}): void {
  const file = CSL_FILE[style];
  if (file) warmEngine(file, opts.locale);
}
