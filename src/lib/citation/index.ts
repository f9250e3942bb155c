// The citation API with every CSL locale built in: for the CLI, tests and benches, where 730 KB of
// locale XML costs nothing. The extension imports ./core instead and loads only the locale files a
// citation needs from its package (issue 18). Same functions, same results.
import type { Metadata } from '../types';
import * as core from './core';
import { LOCALE_XML } from './styles/csl-locales';

export {
  BUILT_IN_LOCALE, isStyleId, localesFor, resolveLocale, SHIPPED_LOCALES, STYLES, toCslItem,
  type Citation, type CitationOptions, type CslItem, type CslName, type LocaleXml, type StyleId,
} from './core';

/** core.renderCitation with every shipped locale at hand (`opts.locales` still wins). */
export function renderCitation(meta: Metadata, style: core.StyleId, opts: core.CitationOptions = {}): core.Citation {
  return core.renderCitation(meta, style, { ...opts, locales: opts.locales ?? LOCALE_XML });
}

/** core.preloadStyle with every shipped locale at hand. */
export function preloadStyle(style: core.StyleId, opts: core.CitationOptions = {}): void {
  core.preloadStyle(style, { ...opts, locales: opts.locales ?? LOCALE_XML });
}
