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

/**
 * The language the UI's strings are actually in. getUILanguage() can name a language the extension
 * has no catalog for (the strings then fall back to English) or disagree with the catalog the
 * browser picked, which gave "Publié le July 16, 2024". The catalog names its own language; the
 * browser's tag is kept when it is a regional form of it (en-GB dates stay British).
 */
export function uiLanguage(): string {
  const catalog = browser.i18n.getMessage('uiLocale') || 'en';
  const browserTag = browser.i18n.getUILanguage() || '';
  return browserTag.toLowerCase().split(/[-_]/)[0] === catalog ? browserTag.replace(/_/g, '-') : catalog;
}

export function localize(root: ParentNode): void {
  // Screen readers, hyphenation and spell-check read <html lang>: it says the UI's language, not "en".
  if (root instanceof Document) root.documentElement.lang = uiLanguage();
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
export const ruleDescriptionKey = (id: string): string => `ruleDesc_${id.replace(/\W/g, '_')}`;
