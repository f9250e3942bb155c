// Every UI string goes through _locales (STYLE.md §14). HTML carries data-i18n (textContent),
// data-i18n-title, data-i18n-aria-label and data-i18n-placeholder; one localize(root) fills them.
// Works in extension pages and in the reader's shadow root (content scripts have i18n too).
import browser from './browser';

const ATTRS: ReadonlyArray<[string, string]> = [
  ['i18nTitle', 'title'],
  ['i18nAriaLabel', 'aria-label'],
  ['i18nPlaceholder', 'placeholder'],
];

/** The message for key, or the key itself when missing (visible in tests, never blank UI). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

export function localize(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  for (const [data, attr] of ATTRS) {
    const selector = `[data-${data.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    for (const el of root.querySelectorAll<HTMLElement>(selector)) el.setAttribute(attr, t(el.dataset[data] ?? ''));
  }
}

/** The message for key, or fallback when the locale has none (e.g. labels for new styles/rules). */
export function tOr(key: string, fallback: string): string {
  return browser.i18n.getMessage(key) || fallback;
}

export const styleLabelKey = (id: string): string => `style_${id.replace(/\W/g, '_')}`;
export const ruleLabelKey = (id: string): string => `rule_${id.replace(/\W/g, '_')}`;
