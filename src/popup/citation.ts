// Style picker (remembered), rendered citation, Copy and quick copies. The citation library
// (citeproc + styles, the popup's heaviest code) loads after the article is on screen.
import { styleLabelKey, t, tOr, uiLanguage } from '../platform/i18n';
import { setSettings, type Settings } from '../platform/storage';
import type { Metadata } from '../lib/types';
import type { Citation, StyleId } from '../lib/citation';
import { copyText } from './copy';
import { byTestId } from './state';

type Lib = typeof import('../lib/citation');
const QUICK: ReadonlyArray<[StyleId, string]> = [['bibtex', 'BibTeX'], ['ris', 'RIS'], ['csl-json', 'CSL-JSON']];

let lib: Lib | null = null;
let meta: Metadata | null = null;
let style: StyleId = 'apa';
let locale: string | undefined;
let current: Citation | null = null;

function render(): void {
  const out = byTestId('citation');
  if (!lib || !meta) return;
  try {
    current = lib.renderCitation(meta, style, { locale });
    out.textContent = current.text;
    out.classList.toggle('is-data', lib.STYLES.find((s) => s.id === style)?.kind === 'data');
    delete out.dataset.error;
  } catch (error) {
    current = null;
    out.textContent = t('citationFailed');
    out.dataset.error = error instanceof Error ? error.message : String(error);
  }
}

export function setCitationMeta(next: Metadata): void {
  meta = next;
  render();
}

export async function initCitation(first: Metadata, settings: Settings): Promise<void> {
  meta = first;
  style = settings.citationStyle;
  locale = settings.citationLocale === 'auto' ? uiLanguage() : settings.citationLocale;
  lib = await import('../lib/citation');
  const select = byTestId<HTMLSelectElement>('citation-style');
  select.replaceChildren(...lib.STYLES.map((s) => new Option(tOr(styleLabelKey(s.id), s.label), s.id, false, s.id === style)));
  select.disabled = false;
  select.addEventListener('change', () => {
    if (!lib?.isStyleId(select.value)) return;
    style = select.value;
    render();
    void setSettings({ citationStyle: style }).catch(() => undefined);
  });
  byTestId<HTMLButtonElement>('copy-citation').addEventListener('click', () => {
    if (current) void copyText(current.text, current.html, lib?.STYLES.find((s) => s.id === style)?.label ?? style);
  });
  for (const [id, label] of QUICK) {
    document.querySelector<HTMLButtonElement>(`[data-copy="${id}"]`)?.addEventListener('click', () => {
      if (!lib || !meta) return;
      const c = lib.renderCitation(meta, id, { locale });
      void copyText(c.text, undefined, label);
    });
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('.cite button')) b.disabled = false;
  document.getElementById('cite')?.removeAttribute('hidden');
  render();
}
