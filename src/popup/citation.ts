// Style picker (remembered), rendered citation, Copy and quick copies. The citation library
// (citeproc + styles, the popup's heaviest code) loads after the article is on screen, together
// with the CSL locale files the citation needs (en-US is built in; issue 18); a session cache
// shows a known citation before they have loaded.
import { loadCslLocales } from '../platform/csl-locales';
import { styleLabelKey, t, tOr, uiLanguage } from '../platform/i18n';
import { STYLE_NAMES, setSettings, type Settings, type StyleName } from '../platform/storage';
import type { Metadata } from '../lib/types';
import type { StyleId } from '../lib/citation/core';
import { localesFor } from '../lib/citation/locales';
import { cacheKey, readCached, writeCached, type CachedCitation } from './citation-cache';
import { copyText } from './copy';
import { byTestId } from './state';

type Lib = typeof import('../lib/citation/core');
const QUICK: ReadonlyArray<[StyleId, string]> = [['bibtex', 'BibTeX'], ['ris', 'RIS'], ['csl-json', 'CSL-JSON']];
const DATA_STYLES = new Set<string>(['bibtex', 'ris', 'csl-json', 'wikipedia']);

let lib: Lib | null = null;
let meta: Metadata | null = null;
let style: StyleName = 'apa';
let locale: string | undefined;
let current: CachedCitation | null = null;
/** CSL locale files read so far, by id (a style change may need another: Cite Them Right's en-GB). */
let locales: Record<string, string> = {};

const missingLocales = (): string[] => localesFor(style, locale).filter((id) => !(id in locales));

async function loadLocales(ids: readonly string[]): Promise<void> {
  if (ids.length) locales = { ...locales, ...(await loadCslLocales(ids)) };
}

function show(c: CachedCitation | null, error?: unknown): void {
  const out = byTestId('citation');
  current = c;
  out.textContent = c ? c.text : t('citationFailed');
  out.classList.toggle('is-data', DATA_STYLES.has(style));
  if (error) out.dataset.error = error instanceof Error ? error.message : String(error);
  else delete out.dataset.error;
  byTestId<HTMLButtonElement>('copy-citation').disabled = c === null;
}

function render(): void {
  if (!lib || !meta) return;
  const missing = missingLocales();
  if (missing.length) {
    // Renders once they are here, for the style chosen by then; a file that cannot be read fails
    // the citation, unless the style has changed to one that does not need it.
    void loadLocales(missing).then(render, (error: unknown) => (missingLocales().length ? show(null, error) : render()));
    return;
  }
  try {
    const { text, html } = lib.renderCitation(meta, style, { locale, locales });
    show({ text, html });
    writeCached(cacheKey(meta, style, locale), { text, html });
  } catch (error) {
    show(null, error);
  }
}

export function setCitationMeta(next: Metadata): void {
  meta = next;
  render();
}

function wire(select: HTMLSelectElement): void {
  select.addEventListener('change', () => {
    if (!(STYLE_NAMES as readonly string[]).includes(select.value)) return;
    style = select.value as StyleName;
    render();
    void setSettings({ citationStyle: style }).catch(() => undefined);
  });
  byTestId<HTMLButtonElement>('copy-citation').addEventListener('click', () => {
    if (current) void copyText(current.text, current.html, select.selectedOptions[0]?.textContent ?? style);
  });
  for (const [id, label] of QUICK) {
    document.querySelector<HTMLButtonElement>(`[data-copy="${id}"]`)?.addEventListener('click', () => {
      if (!lib || !meta) return;
      void copyText(lib.renderCitation(meta, id, { locale }).text, undefined, label);
    });
  }
}

export async function initCitation(first: Metadata, settings: Settings): Promise<void> {
  meta = first;
  style = settings.citationStyle;
  locale = settings.citationLocale === 'auto' ? uiLanguage() : settings.citationLocale;
  const select = byTestId<HTMLSelectElement>('citation-style');
  select.replaceChildren(...STYLE_NAMES.map((id) => new Option(tOr(styleLabelKey(id), id), id, false, id === style)));
  wire(select);
  document.getElementById('cite')?.removeAttribute('hidden');
  const cached = await readCached(cacheKey(first, style, locale));
  if (cached && !lib) show(cached);
  const [loaded] = await Promise.all([import('../lib/citation/core'), loadLocales(missingLocales()).catch(() => undefined)]);
  lib = loaded;
  performance.mark('lectern:citation-lib');
  select.disabled = false;
  for (const b of document.querySelectorAll<HTMLButtonElement>('.cite .quick button')) b.disabled = false;
  render();
}
