// Options form pieces: choices for the selects, the rule checkboxes, and the text formats of the
// host list and the per-site selectors (parsed, validated with querySelector, formatted back).
import { t, tOr, ruleDescriptionKey, ruleLabelKey, styleLabelKey } from '../platform/i18n';
import { CITATION_LOCALES, FONTS, THEMES, type Settings } from '../platform/storage';
import { STYLES } from '../lib/citation/style-list';
import { RULES } from '../lib/clean';

const cap = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/** "Japanese (Japan) — ja-JP" in the browser's language; the bare code where Intl cannot name it. */
function localeLabel(code: string): string {
  try {
    const name = new Intl.DisplayNames([navigator.language || 'en'], { type: 'language' }).of(code);
    return name && name !== code ? `${cap(name)} — ${code}` : code;
  } catch {
    return code;
  }
}

export function fillSelects(form: HTMLFormElement): void {
  const fill = (name: string, entries: ReadonlyArray<[string, string]>): void => {
    form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.replaceChildren(...entries.map(([v, label]) => new Option(label, v)));
  };
  fill('citationStyle', STYLES.map((s) => [s.id, tOr(styleLabelKey(s.id), s.label)]));
  fill('citationLocale', CITATION_LOCALES.map((l) => [l, l === 'auto' ? t('optionsLocaleAuto') : localeLabel(l)]));
  fill('theme', THEMES.map((v) => [v, t(`theme${cap(v)}`)]));
  fill('fontFamily', FONTS.map((v) => [v, t(`font${cap(v)}`)]));
}

export function buildRules(box: HTMLElement): void {
  box.replaceChildren(...RULES.map((rule) => {
    const label = document.createElement('label');
    label.className = 'check';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = 'disabledRules';
    input.value = rule.id;
    const name = document.createElement('strong');
    name.textContent = tOr(ruleLabelKey(rule.id), rule.id);
    const desc = document.createElement('span');
    desc.className = 'muted';
    desc.textContent = tOr(ruleDescriptionKey(rule.id), rule.description);
    label.append(input, ' ', name, ' ', desc);
    return label;
  }));
}

/** "https://www.Example.com/x" → "example.com"; '' when not a host. */
export function normalizeHost(raw: string): string {
  const s = raw.trim().toLowerCase();
  if (!s) return '';
  try {
    return new URL(s.includes('://') ? s : `https://${s}`).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function parseHosts(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map(normalizeHost).filter(Boolean))].slice(0, 500);
}

export function isValidSelector(selector: string, doc: Document = document): boolean {
  if (!selector.trim() || selector.length > 300) return false;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export interface ParsedSelectors { value: Settings['siteSelectors']; errors: string[] }

/** Lines "host selector, selector"; a selector list is split on top-level commas only if valid. */
export function parseSiteSelectors(text: string, doc: Document = document): ParsedSelectors {
  const value: Settings['siteSelectors'] = {};
  const errors: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const space = line.search(/\s/);
    const host = normalizeHost(space < 0 ? line : line.slice(0, space));
    const selector = space < 0 ? '' : line.slice(space + 1).trim();
    if (!host || !isValidSelector(selector, doc)) {
      errors.push(line);
      continue;
    }
    (value[host] ??= []).push(selector);
  }
  return { value, errors };
}

export function formatSiteSelectors(value: Settings['siteSelectors']): string {
  return Object.entries(value).flatMap(([host, list]) => list.map((s) => `${host} ${s}`)).join('\n');
}
