// Settings, defined once (STYLE.md §13): typed defaults, a migrations list and renamed keys. Each
// setting is its own key in storage.local so the options page can bind inputs by name and save one
// key at a time. Anything read back is checked against the default's type: storage is user-editable.
import browser from './browser';

export const STYLE_NAMES = ['apa', 'mla', 'chicago-author-date', 'chicago-note', 'harvard', 'ieee', 'vancouver',
  'bibtex', 'ris', 'csl-json', 'wikipedia'] as const;
export type StyleName = (typeof STYLE_NAMES)[number];
/** 'auto' (the browser's language) and every CSL locale shipped (lib/citation/styles/locales; a test
 *  keeps the two lists equal without this module importing the citation code). */
export const CITATION_LOCALES = ['auto', 'en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'nl-NL', 'pt-PT', 'pt-BR',
  'ca-AD', 'pl-PL', 'cs-CZ', 'sk-SK', 'hu-HU', 'ro-RO', 'hr-HR', 'sr-RS', 'bg-BG', 'ru-RU', 'uk-UA', 'el-GR', 'tr-TR',
  'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'he-IL', 'fa-IR', 'hi-IN', 'th-TH', 'vi-VN', 'id-ID', 'zh-CN', 'zh-TW', 'ja-JP',
  'ko-KR'] as const;
export const THEMES = ['auto', 'light', 'dark', 'sepia'] as const;
export const FONTS = ['serif', 'sans', 'mono'] as const;
export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];

export interface Settings {
  citationStyle: StyleName;
  citationLocale: (typeof CITATION_LOCALES)[number];
  theme: Theme;
  fontFamily: Font;
  /** Reader text size in px. */
  fontSize: number;
  /** Reader column width in ch. */
  contentWidth: number;
  lineHeight: number;
  remoteImages: boolean;
  disabledRules: string[];
  /** Hosts (example.com) where reader mode opens by itself on a detected article. */
  autoReaderHosts: string[];
  /** host → extra CSS selectors stripped on that site. */
  siteSelectors: Record<string, string[]>;
}

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  citationStyle: 'apa',
  citationLocale: 'auto',
  theme: 'auto',
  fontFamily: 'serif',
  fontSize: 19,
  contentWidth: 68,
  lineHeight: 1.6,
  remoteImages: false,
  disabledRules: [],
  autoReaderHosts: [],
  siteSelectors: {},
});

export const LIMITS = { fontSize: [12, 32], contentWidth: [40, 110], lineHeight: [1.2, 2.2] } as const;
const ENUMS: Partial<Record<keyof Settings, readonly string[]>> = {
  citationStyle: STYLE_NAMES, citationLocale: CITATION_LOCALES, theme: THEMES, fontFamily: FONTS,
};
export const SCHEMA_VERSION = 2;
/** Old key → new key (a rename keeps the user's choice). */
const RENAMED: Readonly<Record<string, keyof Settings>> = { defaultStyle: 'citationStyle' };
/** migrations[v] upgrades a stored record from version v to v + 1. */
const MIGRATIONS: ReadonlyArray<(raw: Record<string, unknown>) => void> = [
  () => undefined, // 0 → 1: first release
  (raw) => { // 1 → 2: width was a keyword, now a number of ch
    const map: Record<string, number> = { narrow: 56, medium: 68, wide: 90 };
    if (typeof raw.contentWidth === 'string') raw.contentWidth = map[raw.contentWidth] ?? DEFAULTS.contentWidth;
  },
];

const clamp = (n: number, [lo, hi]: readonly [number, number]): number => Math.min(hi, Math.max(lo, n));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').slice(0, 500) : []);

/** Coerce a raw value for key to a valid one, or the default. */
export function normalizeSetting<K extends keyof Settings>(key: K, value: unknown): Settings[K] {
  const fallback = DEFAULTS[key];
  const allowed = ENUMS[key];
  if (allowed) return (allowed.includes(value as string) ? value : fallback) as Settings[K];
  if (key in LIMITS) {
    const n = typeof value === 'string' ? Number(value) : value;
    return (typeof n === 'number' && Number.isFinite(n) ? clamp(n, LIMITS[key as keyof typeof LIMITS]) : fallback) as Settings[K];
  }
  if (typeof fallback === 'boolean') return (typeof value === 'boolean' ? value : fallback) as Settings[K];
  if (Array.isArray(fallback)) return strings(value) as Settings[K];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, string[]> = {};
    for (const [host, list] of Object.entries(value as Record<string, unknown>)) out[host] = strings(list);
    return out as Settings[K];
  }
  return fallback;
}

/** Pure: apply renames and migrations to a raw storage record, then fill defaults. */
export function migrate(raw: Record<string, unknown>): Settings {
  const record = { ...raw };
  for (const [from, to] of Object.entries(RENAMED)) if (from in record && !(to in record)) record[to] = record[from];
  const version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 0;
  for (let v = version; v < SCHEMA_VERSION; v++) MIGRATIONS[v]?.(record);
  const out = {} as Record<keyof Settings, unknown>;
  for (const key of Object.keys(DEFAULTS) as (keyof Settings)[]) {
    out[key] = key in record ? normalizeSetting(key, record[key]) : structuredClone(DEFAULTS[key]);
  }
  return out as Settings;
}

export async function getSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(null)) as Record<string, unknown>;
  return migrate(raw);
}

export async function setSettings(patch: Partial<Settings>): Promise<void> {
  const clean: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  for (const [key, value] of Object.entries(patch) as [keyof Settings, unknown][]) {
    if (key in DEFAULTS) clean[key] = normalizeSetting(key, value);
  }
  await browser.storage.local.set(clean);
}

/** Per-site options (extract opts) for a page URL. */
export function siteOptions(settings: Settings, url: string): { disabledRules: string[]; extraSelectors: string[] } {
  let host = '';
  try { host = new URL(url).hostname.replace(/^www\./, ''); } catch { /* not a URL: no site options */ }
  return { disabledRules: settings.disabledRules, extraSelectors: settings.siteSelectors[host] ?? [] };
}
