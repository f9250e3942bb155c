// The citation URL (SECURITY.md D1): the tab's URL, or the page's canonical/og:url when that
// is on the same site, so a page on attacker.example cannot claim to be reuters.com.
//
// "Same site" is kept simple and documented rather than using the Public Suffix List:
// hostnames are lowercased, a leading "www.", "m." or "amp." is dropped, then the last two
// labels must match — three when the second-level label is a generic one under a
// two-letter country code (co.uk, com.au, gouv.fr…), or when the last two are a hosting platform
// whose subdomains are separate sites (hosting-platforms.ts).

import { HOSTING_PLATFORMS } from './hosting-platforms';

const GENERIC_SLD = new Set(['co', 'com', 'org', 'net', 'gov', 'gouv', 'ac', 'edu', 'ne', 'or', 'go', 'nic', 'ltd', 'plc']);

export function siteKey(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '').replace(/^(www\d*|m|amp)\./, '');
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1] ?? '';
  const sld = labels[labels.length - 2] ?? '';
  // A blog on a hosting platform is its own site: harderwijkerbuurtnieuws.blogspot.com, not blogspot.com.
  const keep = (tld.length === 2 && GENERIC_SLD.has(sld)) || HOSTING_PLATFORMS.has(`${sld}.${tld}`) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function parseHttp(raw: string, base?: string): URL | undefined {
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}

export function sameSite(a: string, b: string): boolean {
  const ua = parseHttp(a);
  const ub = parseHttp(b);
  return !!ua && !!ub && siteKey(ua.hostname) === siteKey(ub.hostname);
}

/** Pick the canonical when same-site, else the tab URL; fragments dropped. */
export function citationUrl(tabUrl: string, claimed: readonly string[]): string {
  for (const c of claimed) {
    const u = parseHttp(c, tabUrl);
    if (u && sameSite(u.href, tabUrl)) {
      u.hash = '';
      return u.href;
    }
  }
  return tabUrl;
}

/** The <link rel=canonical> href, if any (resolved by the caller against the tab URL). */
export function canonicalHref(doc: Document): string | undefined {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? undefined;
}
