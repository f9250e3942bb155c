// The cited day is the reader's local day, not UTC's: a UTC instant takes the day the page's other
// dates or its time zone give; local values are left as written.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { inZone, localDay, pageZone } from '../../../src/lib/metadata/local-day';
import { COUNTRY_ZONE, LANGUAGE_ZONE } from '../../../src/lib/metadata/country-zones';
import { extractMetadata } from '../../../src/lib/metadata';

describe('inZone', () => {
  it('writes the instant in the zone, with its offset (standard and summer time)', () => {
    expect(inZone(Date.UTC(2023, 2, 2, 3, 40), 'America/Mexico_City')).toBe('2023-03-01T21:40:00-06:00');
    expect(inZone(Date.UTC(2019, 5, 13, 23, 30), 'Europe/London')).toBe('2019-06-14T00:30:00+01:00');
    expect(inZone(Date.UTC(2019, 10, 14, 20, 0), 'Asia/Kolkata')).toBe('2019-11-15T01:30:00+05:30');
  });
  it('an unknown zone gives nothing', () => {
    expect(inZone(0, 'Mars/Olympus')).toBeUndefined();
  });
  it('every zone in the data is one the platform knows', () => {
    for (const z of new Set([...Object.values(COUNTRY_ZONE), ...Object.values(LANGUAGE_ZONE)])) expect(inZone(0, z), z).toBeDefined();
  });
});

describe('pageZone', () => {
  it.each([
    ['www.wessexcourier.co.uk', [], 'Europe/London'],
    ['vozdelpacifico.mx', ['es'], 'America/Mexico_City'],
    ['example.com', ['es-MX'], 'America/Mexico_City'],
    ['example.com', ['nl_NL'], 'Europe/Amsterdam'],
    ['example.com', ['hi'], 'Asia/Kolkata'],
    ['startup.io', ['ja'], 'Asia/Tokyo'],
  ])('%s %j → %s', (host, langs, zone) => {
    expect(pageZone(host, langs)).toBe(zone);
  });
  it('a Facebook locale whose region is no country places nothing ("ar_AR" is Arabic)', () => {
    expect(pageZone('example.com', ['ar', 'ar_AR'])).toBeUndefined();
    expect(pageZone('example.com', ['es_LA'])).toBeUndefined();
    expect(pageZone('example.com', ['es_AR'])).toBe('America/Argentina/Buenos_Aires');
  });
  it.each([
    ['example.com', ['en']],
    ['example.org', ['es']],
    ['example.net', ['pt']],
    ['news.tv', ['fr']],
  ])('%s %j: no zone (a language spoken across continents, a generic domain)', (host, langs) => {
    expect(pageZone(host, langs)).toBeUndefined();
  });
});

describe('localDay', () => {
  it('a date-only value of the page for the next day is the local day', () => {
    expect(localDay('2021-06-05T02:30:00.000Z', ['2021-06-04'], undefined)).toBe('2021-06-04');
  });
  it('with a zone that agrees, the instant keeps its time, written locally', () => {
    expect(localDay('2019-05-11T22:50:00Z', ['2019-05-12'], 'Europe/Madrid')).toBe('2019-05-12T00:50:00+02:00');
  });
  it('the same instant in local time is taken as written', () => {
    expect(localDay('2020-11-03T23:15:00Z', ['2020-11-04T00:15:00+01:00'], undefined)).toBe('2020-11-04T00:15:00+01:00');
  });
  it('evidence for the UTC day keeps the value', () => {
    expect(localDay('2020-11-03T23:15:00Z', ['2020-11-03'], 'Europe/Berlin')).toBe('2020-11-03T23:15:00Z');
  });
  it('a date too far to be the same moment is no evidence; the zone decides', () => {
    expect(localDay('2020-11-03T23:15:00Z', ['2020-10-29'], 'Europe/Berlin')).toBe('2020-11-04T00:15:00+01:00');
    expect(localDay('2020-11-03T10:00:00Z', ['2020-11-05'], undefined)).toBe('2020-11-03T10:00:00Z');
  });
  it('another UTC instant is no evidence', () => {
    expect(localDay('2021-06-05T02:30:00Z', ['2021-06-05T02:30:00Z'], undefined)).toBe('2021-06-05T02:30:00Z');
  });
  it('values that are already local, or carry no time, are left as written', () => {
    expect(localDay('2021-06-05T02:30:00+02:00', ['2021-06-04'], 'Europe/Berlin')).toBe('2021-06-05T02:30:00+02:00');
    expect(localDay('2021-06-05', ['2021-06-04'], 'America/New_York')).toBe('2021-06-05');
  });
  it('another instant with its offset (an update) is no evidence of the day', () => {
    expect(localDay('2025-01-14T17:42:00Z', ['2025-01-15T07:10:00+01:00', '2025-01-14'], 'Europe/Vienna')).toBe('2025-01-14T17:42:00Z');
  });
  it('the UTC value written without its zone is no evidence; a wall time some zone away is', () => {
    expect(localDay('2023-11-15T03:40:00Z', ['2023-11-15T03:40:00', '2023-11-14'], undefined)).toBe('2023-11-14');
    expect(localDay('2023-11-15T03:40:00Z', ['2023-11-14T19:40:00'], undefined)).toBe('2023-11-14');
    expect(localDay('2023-11-15T03:40:00Z', ['2023-11-14T19:41:00'], undefined)).toBe('2023-11-15T03:40:00Z');
  });
  it('+00:00 is UTC too', () => {
    expect(localDay('2021-06-05T02:30:00+00:00', [], 'America/New_York')).toBe('2021-06-04T22:30:00-04:00');
  });
});

describe('extractMetadata: the local day of a UTC datePublished', () => {
  const page = (url: string, lang: string, body: string): ReturnType<typeof extractMetadata> => {
    const html = `<html lang="${lang}"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Sismo en la costa","datePublished":"2023-03-02T03:40:00Z"}</script></head><body><article><h1>Sismo en la costa</h1>${body}<p>Texto.</p></article></body></html>`;
    return extractMetadata(new JSDOM(html, { url }).window.document, url, { now: new Date('2024-01-01') });
  };
  it('from the country of the domain', () => {
    expect(page('https://www.vozdelpacifico.mx/nacional/sismo', 'es', '').published).toBe('2023-03-01T21:40:00-06:00');
  });
  it('from the byline date shown as text', () => {
    expect(page('https://example.com/sismo', 'es', '<p class="fecha">1 de marzo de 2023</p>').published).toBe('2023-03-01');
  });
  it('left in UTC when nothing says where the page is', () => {
    expect(page('https://example.com/sismo', 'es', '').published).toBe('2023-03-02T03:40:00Z');
  });
});
