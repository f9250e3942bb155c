// Which CSL locale files a citation needs, without the files themselves (issue 18). The citation
// code carries en-US only (citeproc's fallback and the default); every other locale is read when a
// citation asks for it: the extension loads its packaged csl-locales/locales-<id>.xml
// (platform/csl-locales.ts), the CLI and tests pass them all (styles/csl-locales.ts). Which files
// citeproc reads for a locale (pt-BR: pt-PT then pt-BR) was recorded from citeproc by
// scripts/gen-styles.ts into styles/locale-table.ts.
import { CSL_FILE, type StyleId } from './style-list';
import { LOCALE_FILES, STYLE_DEFAULT_LOCALE } from './styles/locale-table';

/** Locale id → CSL locale XML, e.g. {"fr-FR": "<?xml …"}. */
export type LocaleXml = Readonly<Record<string, string>>;

/** The locale built into the citation code. */
export const BUILT_IN_LOCALE = 'en-US';

/** Locales we ship; "fr" or "fr-CA" map to the first shipped locale with the same language. */
export const SHIPPED_LOCALES: readonly string[] = Object.keys(LOCALE_FILES);

export function resolveLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const want = locale.replace(/_/g, '-').toLowerCase();
  const exact = SHIPPED_LOCALES.find((l) => l.toLowerCase() === want);
  if (exact) return exact;
  const lang = want.split('-')[0];
  return SHIPPED_LOCALES.find((l) => l.toLowerCase().split('-')[0] === lang);
}

/** The locale files, en-US aside, that the engine for a style file in `locale` reads. */
export function localeFilesFor(styleFile: string, locale: string | undefined): string[] {
  // No (known) locale: the engine takes the style's default-locale (Cite Them Right: en-GB), else en-US.
  const lang = resolveLocale(locale) ?? STYLE_DEFAULT_LOCALE[styleFile] ?? BUILT_IN_LOCALE;
  return (LOCALE_FILES[lang] ?? []).filter((id) => id !== BUILT_IN_LOCALE);
}

/** The locale files to load and pass as `locales` for a citation in `style`; none for BibTeX, RIS… */
export function localesFor(style: StyleId, locale: string | undefined): string[] {
  const file = CSL_FILE[style];
  return file ? localeFilesFor(file, locale) : [];
}
