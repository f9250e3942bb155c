// Options page: a plain form whose inputs are named after the settings keys (STYLE.md §13),
// filled from storage and saved on every change. Rule checkboxes show rules that are ON (ticked =
// the rule removes its blocks); storage keeps the ids switched off.
import { localize, t } from '../platform/i18n';
import { DEFAULTS, getSettings, setSettings, type Settings } from '../platform/storage';
import { buildRules, fillSelects, formatSiteSelectors, parseHosts, parseSiteSelectors } from './fields';

const form = document.querySelector<HTMLFormElement>('#options');

function field<T extends HTMLElement>(name: keyof Settings): T[] {
  return Array.from(form?.querySelectorAll<T>(`[name="${name}"]`) ?? []);
}

function fill(s: Settings): void {
  for (const key of ['citationStyle', 'citationLocale', 'theme', 'fontFamily', 'fontSize', 'contentWidth', 'lineHeight'] as const) {
    for (const el of field<HTMLInputElement | HTMLSelectElement>(key)) el.value = String(s[key]);
  }
  for (const el of field<HTMLInputElement>('remoteImages')) el.checked = s.remoteImages;
  for (const el of field<HTMLInputElement>('disabledRules')) el.checked = !s.disabledRules.includes(el.value);
  for (const el of field<HTMLTextAreaElement>('autoReaderHosts')) el.value = s.autoReaderHosts.join('\n');
  for (const el of field<HTMLTextAreaElement>('siteSelectors')) el.value = formatSiteSelectors(s.siteSelectors);
}

function showErrors(lines: string[]): void {
  const list = document.querySelector('#selector-errors');
  list?.replaceChildren(...lines.map((line) => {
    const li = document.createElement('li');
    li.textContent = t('optionsSelectorInvalid', line.slice(0, 200));
    return li;
  }));
}

/** The patch for one changed input, or null when the value is invalid and must not be saved. */
function patchFor(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): Partial<Settings> | null {
  const name = el.name as keyof Settings;
  switch (name) {
    case 'remoteImages': return { remoteImages: (el as HTMLInputElement).checked };
    case 'disabledRules': return { disabledRules: field<HTMLInputElement>('disabledRules').filter((c) => !c.checked).map((c) => c.value) };
    case 'autoReaderHosts': return { autoReaderHosts: parseHosts(el.value) };
    case 'siteSelectors': {
      const parsed = parseSiteSelectors(el.value);
      showErrors(parsed.errors);
      return { siteSelectors: parsed.value };
    }
    case 'fontSize': case 'contentWidth': case 'lineHeight':
      return el.value === '' || !Number.isFinite(Number(el.value)) ? null : { [name]: Number(el.value) };
    default:
      return name in DEFAULTS ? ({ [name]: el.value } as Partial<Settings>) : null;
  }
}

async function save(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): Promise<void> {
  const patch = patchFor(el);
  if (!patch) return;
  await setSettings(patch);
  const saved = document.querySelector('#saved');
  if (saved) saved.textContent = t('optionsSaved');
}

async function main(): Promise<void> {
  if (!form) return;
  localize(document);
  fillSelects(form);
  const rules = document.querySelector<HTMLElement>('#rules');
  if (rules) buildRules(rules);
  fill(await getSettings());
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => void save(e.target as HTMLInputElement));
  // Text areas save as you type, after a pause, so a half-typed selector is not reported at once.
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (e) => {
    const target = e.target as HTMLTextAreaElement;
    if (target.localName !== 'textarea') return;
    clearTimeout(timer);
    timer = setTimeout(() => void save(target), 400);
  });
  document.documentElement.dataset.state = 'ready';
}

void main();
