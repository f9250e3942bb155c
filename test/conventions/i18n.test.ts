// Every UI string is in every locale, and every key the HTML or code asks for exists.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = readdirSync(join(ROOT, 'src/_locales')).sort();
const messages = (locale: string): Record<string, { message: string; placeholders?: Record<string, unknown> }> =>
  JSON.parse(readFileSync(join(ROOT, 'src/_locales', locale, 'messages.json'), 'utf8'));

function files(dir: string, exts: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'lib' || name === 'cli' ? [] : files(p, exts);
    return exts.test(name) ? [p] : [];
  });
}

/** Keys used: data-i18n* attributes, t('…')/tOr('…') literals, __MSG_…__ in the manifest. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of files(join(ROOT, 'src'), /\.(html|ts)$/)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/\b(?:t|tOr)\('([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
  }
  for (const m of readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) keys.add(m[1]!);
  return keys;
}

describe('i18n', () => {
  it('ships the UI in English, French, German and Spanish', () => {
    expect(LOCALES).toEqual(['de', 'en', 'es', 'fr']);
  });

  it('keeps the name and description within the stores’ limits (75 and 132 characters)', () => {
    for (const locale of LOCALES) {
      expect(messages(locale).extName!.message.length, locale).toBeLessThanOrEqual(75);
      expect(messages(locale).extDescription!.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('has the same keys in every locale', () => {
    const [first, ...rest] = LOCALES.map((l) => Object.keys(messages(l)).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it('has every key the UI uses', () => {
    const en = messages('en');
    const missing = [...usedKeys()].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('has the keys built at run time (theme, font and problem names)', async () => {
    const en = messages('en');
    const cap = (v: string): string => v[0]!.toUpperCase() + v.slice(1);
    const dynamic = [
      ...['auto', 'light', 'dark', 'sepia'].map((v) => `theme${cap(v)}`),
      ...['serif', 'sans', 'mono'].map((v) => `font${cap(v)}`),
      ...['Restricted', 'Store', 'Pdf', 'File', 'TooLarge', 'NotHtml', 'Changed', 'Failed', 'NoArticle'].flatMap((p) => [`problem${p}`, `problem${p}Title`]),
    ];
    expect(dynamic.filter((k) => !(k in en))).toEqual([]);
  });

  it('names and describes every cleaning rule in every locale (no raw ids, no English descriptions)', async () => {
    const { RULES } = await import('../../src/lib/clean');
    const key = (prefix: string, id: string): string => `${prefix}_${id.replace(/\W/g, '_')}`;
    for (const locale of LOCALES) {
      const m = messages(locale);
      const missing = RULES.flatMap((r) => [key('rule', r.id), key('ruleDesc', r.id)]).filter((k) => !(k in m));
      expect(missing, locale).toEqual([]);
    }
    const en = messages('en');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const same = RULES.map((r) => key('ruleDesc', r.id)).filter((k) => messages(locale)[k]!.message === en[k]!.message);
      expect(same, locale).toEqual([]);
    }
  });

  it('has the same placeholders in every locale and no empty message', () => {
    const en = messages('en');
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(messages(locale))) {
        expect(value.message.trim(), `${locale}:${key}`).not.toBe('');
        expect(Object.keys(value.placeholders ?? {}), `${locale}:${key}`).toEqual(Object.keys(en[key]?.placeholders ?? {}));
      }
    }
  });

  it('names every key by surface in camelCase (STYLE.md §14) or as a style/rule label', () => {
    for (const key of Object.keys(messages('en'))) expect(key).toMatch(/^(?:[a-z]+[A-Za-z0-9]*|style_[a-z0-9_]+|rule_[a-z0-9_]+|ruleDesc_[a-z0-9_]+)$/);
  });
});
