// Rendered citations cached for the browser session (storage.session), keyed by a hash of style,
// locale and metadata: citeproc builds its engine in ~1 s on first use, so a popup reopened on the
// same page shows its citation at once. Same input → same output, so a hit is always exact.
import browser from '../platform/browser';
import type { Metadata } from '../lib/types';

export interface CachedCitation { text: string; html: string }

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export const cacheKey = (meta: Metadata, style: string, locale: string | undefined): string =>
  `cite:${fnv1a(`${style}|${locale ?? ''}|${JSON.stringify(meta)}`)}`;

export async function readCached(key: string): Promise<CachedCitation | null> {
  const got = (await browser.storage.session.get(key).catch(() => ({}))) as Record<string, unknown>;
  const v = got[key] as Partial<CachedCitation> | undefined;
  return v && typeof v.text === 'string' && typeof v.html === 'string' ? { text: v.text, html: v.html } : null;
}

export function writeCached(key: string, value: CachedCitation): void {
  void browser.storage.session.set({ [key]: { text: value.text, html: value.html } }).catch(() => undefined);
}
