// Citations of one page in the styles people use. CSL styles go through citeproc-js with the
// official style files; BibTeX, RIS, CSL-JSON and Wikipedia have hand-written writers.
//
// This is the citation code without the CSL locales other than en-US: the caller passes the ones
// a citation needs (`localesFor` says which) as `locales`. The extension imports it from here and
// loads the locale files on demand; `./index` is the same API with every locale built in (CLI, tests).
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
import type { LocaleXml } from './locales';
import { CSL_FILE, type StyleId } from './style-list';
export { BUILT_IN_LOCALE, localesFor, resolveLocale, SHIPPED_LOCALES, type LocaleXml } from './locales';
import { toRis } from './ris';
import { toWikipedia } from './wikipedia';

export type { CslItem, CslName } from './csl-item';
export { toCslItem };
export { isStyleId, STYLES, type StyleId } from './style-list';

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

export interface CitationOptions {
  /** e.g. "fr-FR", "de", "en-GB"; unknown or absent: the style's default locale. */
  locale?: string;
  /** The CSL locale files `localesFor(style, locale)` names (en-US is built in). */
  locales?: LocaleXml;
}

/**
 * Render one citation. `locale` picks the CSL locale for terms and dates; unknown locales fall
 * back to the style's default. The item's own language (meta.lang) only stops English
 * title-casing of non-English titles. Throws when a locale file the style needs is not in
 * `opts.locales` (and no engine for that style and locale is cached yet).
 */
export function renderCitation(meta: Metadata, style: StyleId, opts: CitationOptions = {}): Citation {
  const writer = WRITERS[style];
  if (writer) {
    const text = writer(meta);
    return { text, html: `<pre>${escapeHtml(text)}</pre>` };
  }
  const file = CSL_FILE[style];
  if (!file) throw new Error(`unknown citation style: ${String(style)}`);
  return renderCsl(toCslItem(meta), file, opts.locale, style === 'chicago-note', opts.locales ?? {});
}

/**
 * Build the citeproc engine for a style ahead of time (e.g. when the popup opens): the first
 * render of a style costs 0.1–2 s (APA is the slowest), later renders a few ms.
 */
export function preloadStyle(style: StyleId, opts: CitationOptions = {}): void {
  const file = CSL_FILE[style];
  if (file) warmEngine(file, opts.locale, opts.locales ?? {});
}
