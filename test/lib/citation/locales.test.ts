// CSL locales on demand (issue 18): lib/citation/core carries en-US only and renders with the locale
// files localesFor names; lib/citation (index) is the same with every locale built in (CLI, tests).
import { beforeEach, describe, expect, it } from 'vitest';
import * as core from '../../../src/lib/citation/core';
import { renderCitation, SHIPPED_LOCALES, STYLES } from '../../../src/lib/citation/index';
import { localeFilesFor, localesFor } from '../../../src/lib/citation/locales';
import { resetEngines } from '../../../src/lib/citation/csl-render';
import { LOCALE_XML } from '../../../src/lib/citation/styles/csl-locales';
import { SAMPLES } from './samples';

const CSL_STYLES = STYLES.filter((s) => s.kind === 'csl').map((s) => s.id);
const norm = (s: string): string => s.replace(/\s+/g, ' ');

/** The files localesFor names, in an object that notes every other id citeproc asks it for. */
function only(ids: readonly string[]): { locales: core.LocaleXml; asked: Set<string> } {
  const asked = new Set<string>();
  const files = Object.fromEntries(ids.map((id) => [id, LOCALE_XML[id] as string]));
  const locales = new Proxy(files, {
    get: (target, key) => {
      if (typeof key === 'string' && !(key in target)) asked.add(key);
      return Reflect.get(target, key);
    },
  });
  return { locales, asked };
}

beforeEach(() => resetEngines());

describe('localesFor', () => {
  it.each([
    ['apa', 'fr-FR', ['fr-FR']],
    ['apa', 'fr', ['fr-FR']],
    ['mla', 'fr-CA', ['fr-FR']],
    ['apa', 'en-US', []],
    ['apa', 'en', ['en-GB']], // the first shipped English locale, as before (sorted)
    ['apa', 'pt-BR', ['pt-PT', 'pt-BR']], // citeproc reads the language's base locale first
    ['ieee', 'zh-TW', ['zh-CN', 'zh-TW']],
    ['apa', undefined, []],
    ['harvard', undefined, ['en-GB']], // Cite Them Right's own default-locale
    ['harvard', 'xx-YY', ['en-GB']], // an unknown locale: the style's default
    ['harvard', 'de', ['de-DE']],
    ['bibtex', 'fr-FR', []],
    ['csl-json', 'de-DE', []],
  ] as const)('%s in %s needs %j', (style, locale, files) => {
    expect(localesFor(style, locale)).toEqual(files);
  });

  it('names only shipped locale files, never en-US (built in)', () => {
    for (const style of CSL_STYLES) {
      for (const locale of [undefined, ...SHIPPED_LOCALES]) {
        for (const id of localesFor(style, locale)) {
          expect(SHIPPED_LOCALES).toContain(id);
          expect(id).not.toBe('en-US');
        }
      }
    }
  });
});

describe('core.renderCitation with only the files localesFor names', () => {
  // citeproc reads locale XML while it builds an engine and while it renders: if it never asks for
  // a file it was not given, it saw exactly what it sees with every locale at hand. Which files it
  // reads depends on the locale, and on the style only through its default-locale (Cite Them
  // Right), so every locale goes through IEEE (a quick engine) and Harvard, every style through a few.
  const CASES = [
    ...(['ieee', 'harvard'] as const).flatMap((style) => [undefined, ...SHIPPED_LOCALES].map((locale) => [style, locale] as const)),
    ...CSL_STYLES.flatMap((style) => [undefined, 'en-US', 'en', 'fr-FR', 'pt-BR', 'zh-TW', 'xx-YY'].map((locale) => [style, locale] as const)),
  ];
  it('renders each style and locale, and citeproc asks for no other file', () => {
    for (const [style, locale] of CASES) {
      const { locales, asked } = only(localesFor(style, locale));
      expect(core.renderCitation(SAMPLES.french!, style, { locale, locales }).text.length, `${style} ${locale}`).toBeGreaterThan(20);
      expect([...asked], `${style} ${locale}`).toEqual([]);
    }
  }, 60_000);

  it.each([undefined, 'fr-FR', 'pt-BR', 'en-GB', 'zh-TW'])('gives what lib/citation gives, in %s', (locale) => {
    for (const style of CSL_STYLES) {
      const got = core.renderCitation(SAMPLES.french!, style, { locale, locales: only(localesFor(style, locale)).locales });
      resetEngines();
      expect(got, style).toEqual(renderCitation(SAMPLES.french!, style, { locale }));
    }
  });

  it('gives French terms and dates with the fr-FR file alone', () => {
    const { locales } = only(['fr-FR']);
    const mla = norm(core.renderCitation(SAMPLES.three!, 'mla', { locale: 'fr-FR', locales }).text);
    expect(mla).toMatch(/, et al\. « .+ »\. .+, 14 mars 2024,/);
    expect(mla).not.toMatch(/“|Mar\./);
    expect(norm(core.renderCitation(SAMPLES.two!, 'mla', { locale: 'fr-FR', locales }).text)).toMatch(/ et /);
    expect(norm(core.renderCitation(SAMPLES.one!, 'harvard', { locale: 'fr-FR', locales }).text)).toMatch(/Disponible sur/);
  });

  it('needs no file for en-US, the built-in locale', () => {
    const { locales, asked } = only([]);
    expect(core.renderCitation(SAMPLES.one!, 'apa', { locale: 'en-US', locales }).text).toMatch(/\(\d{4}, [A-Z][a-z]+ \d+\)/);
    expect(core.renderCitation(SAMPLES.one!, 'chicago-note', { locales }).text.length).toBeGreaterThan(20);
    expect([...asked]).toEqual([]);
  });

  it('refuses, naming the file, when one it needs is missing: never English in place of French', () => {
    expect(() => core.renderCitation(SAMPLES.one!, 'mla', { locale: 'fr-FR' })).toThrow('CSL locale not loaded: fr-FR');
    expect(() => core.renderCitation(SAMPLES.one!, 'apa', { locale: 'pt-BR', locales: only(['pt-BR']).locales })).toThrow('CSL locale not loaded: pt-PT');
    expect(() => core.renderCitation(SAMPLES.one!, 'harvard', {})).toThrow('CSL locale not loaded: en-GB');
    expect(() => core.preloadStyle('mla', { locale: 'de-DE' })).toThrow('CSL locale not loaded: de-DE');
    // Data formats need no locale at all.
    expect(core.renderCitation(SAMPLES.one!, 'bibtex', { locale: 'fr-FR' }).text).toMatch(/^@/);
  });

  it('lib/citation (the CLI and tests) has every locale built in', () => {
    expect(norm(renderCitation(SAMPLES.one!, 'mla', { locale: 'fr-FR' }).text)).toMatch(/« .+ »/);
    for (const style of CSL_STYLES) for (const locale of SHIPPED_LOCALES) expect(localeFilesFor(style, locale).every((id) => id in LOCALE_XML)).toBe(true);
  });
});
