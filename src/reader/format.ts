// Header formatting shared by the popup and the in-page reader: dates, reading time, authors.

/** Typical silent reading speeds (words per minute) by language; Brysbaert 2019 averages. */
const WPM: Readonly<Record<string, number>> = { en: 238, fr: 195, de: 179, es: 218, it: 188, nl: 202, pt: 181, ru: 184, sv: 199, pl: 166, fi: 161, tr: 166 };
const DEFAULT_WPM = 200;

/** Whole minutes, at least 1 for any text. */
export function readingMinutes(wordCount: number, lang?: string): number {
  if (wordCount <= 0) return 0;
  const wpm = WPM[(lang ?? '').toLowerCase().split('-')[0] ?? ''] ?? DEFAULT_WPM;
  return Math.max(1, Math.round(wordCount / wpm));
}

/** A human date in the UI locale; date-only values stay on their calendar day (UTC). */
export function formatDate(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(d);
  } catch {
    return iso;
  }
}

/** The calendar part of an ISO value, for editing ("2024-03-05T10:00:00+01:00" → "2024-03-05"). */
export function isoDay(iso: string | undefined): string {
  return iso?.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0] ?? iso ?? '';
}

export function authorNames(authors: readonly { name: string }[]): string {
  return authors.map((a) => a.name).join('; ');
}

/** Hostname to show next to the page's claimed site name (B7: the claim can lie). */
export function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
