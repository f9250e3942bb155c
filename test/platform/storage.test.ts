import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/browser', () => ({ default: {} }));
const { CITATION_LOCALES, DEFAULTS, SCHEMA_VERSION, STYLE_NAMES, migrate, normalizeSetting, siteOptions } = await import('../../src/platform/storage');
const { SHIPPED_LOCALES } = await import('../../src/lib/citation/csl-render');
const { STYLES } = await import('../../src/lib/citation');

describe('settings', () => {
  it('fills every default from an empty store', () => {
    expect(migrate({})).toEqual(DEFAULTS);
  });

  it('offers exactly the citation styles the library renders', () => {
    expect([...STYLE_NAMES]).toEqual(STYLES.map((s) => s.id));
  });

  it('offers exactly the citation locales the library ships', () => {
    expect(CITATION_LOCALES.filter((l) => l !== 'auto').sort()).toEqual([...SHIPPED_LOCALES].sort());
  });

  it.each([
    ['citationStyle', 'chicago-note', 'chicago-note'],
    ['citationStyle', 'harvard1', 'apa'],
    ['theme', 'sepia', 'sepia'],
    ['theme', 'neon', 'auto'],
    ['fontSize', '22', 22],
    ['fontSize', 400, 32],
    ['fontSize', 'big', 19],
    ['lineHeight', 0.5, 1.2],
    ['remoteImages', 'yes', false],
    ['remoteImages', true, true],
    ['disabledRules', ['donation-appeal', 3, null], ['donation-appeal']],
    ['siteSelectors', { 'example.com': ['.promo', 7] }, { 'example.com': ['.promo'] }],
    ['siteSelectors', 'nope', {}],
  ] as const)('normalizes %s = %j to %j', (key, value, expected) => {
    expect(normalizeSetting(key, value)).toEqual(expected);
  });

  it('renames old keys and migrates old width keywords', () => {
    const s = migrate({ defaultStyle: 'mla', contentWidth: 'wide', schemaVersion: 1 });
    expect(s.citationStyle).toBe('mla');
    expect(s.contentWidth).toBe(90);
  });

  it('leaves current records alone and never returns shared default arrays', () => {
    const s = migrate({ schemaVersion: SCHEMA_VERSION, contentWidth: 80 });
    expect(s.contentWidth).toBe(80);
    s.disabledRules.push('x');
    expect(DEFAULTS.disabledRules).toEqual([]);
  });

  it('picks the per-site selectors of a page, with or without www', () => {
    const s = migrate({ siteSelectors: { 'example.com': ['.promo'] }, disabledRules: ['share-bar'] });
    expect(siteOptions(s, 'https://www.example.com/a')).toEqual({ disabledRules: ['share-bar'], extraSelectors: ['.promo'] });
    expect(siteOptions(s, 'not a url').extraSelectors).toEqual([]);
  });
});
