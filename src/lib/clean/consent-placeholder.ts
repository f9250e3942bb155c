// What a consent manager leaves where a blocked embed would be: "This content is provided by Facebook,
// which may use cookies. Accept to view it. [Accept] [Manage preferences]". Its controls call the
// consent manager's own API (IAB TCF's __tcfapi, Cookiebot, Usercentrics, Didomi, OneTrust…) or carry
// its data attributes: that is the mark, in any language, not the words of the notice.
import type { Block } from './types';

/** Consent-manager APIs and attribute words, lower case (knowledge: the vendors' documented names). */
export const CONSENT_MARKS: readonly string[] = ['__tcfapi', 'data-cmp', 'cookiebot', 'uc_ui', 'usercentrics',
  'didomi', 'onetrust', 'optanon', 'borlabs', 'klaro', 'iubenda', 'consentmanager', '__cmp(', 'sp_consent',
  'data-consent', 'cookieconsent', 'complianz', 'cmplz', 'axeptio', 'tarteaucitron', 'quantcast'];

const MAX_LEN = 500;

/** The attributes of el and its descendants, as one lower-case string (names and values). */
function attributesOf(el: Element, cap = 60): string {
  let out = '';
  let n = 0;
  for (const e of [el, ...Array.from(el.querySelectorAll('*'))]) {
    if (++n > cap) break;
    for (const a of Array.from(e.attributes)) out += ` ${a.name}=${a.value}`;
  }
  return out.toLowerCase();
}

/** A short box with a control, marked as the consent manager's own: the placeholder of a blocked embed. */
export function cmpPlaceholder(b: Block): boolean {
  if (b.tag === 'p' || b.len > MAX_LEN * b.weight || b.longParas > 1) return false;
  if (!b.el.querySelector('button, a, [role="button"]')) return false;
  const attrs = attributesOf(b.el);
  return CONSENT_MARKS.some((m) => attrs.includes(m));
}

/**
 * "Cookie" as consent notices write it, in the languages pages are written in (knowledge). Stems end
 * in "*". Baking is the other sense of some of them: a notice is also a short box with a control.
 */
export const COOKIE_WORDS: readonly string[] = [
  'cookie*', 'témoin*', 'evästei*', 'evästeet', 'куки', 'бисквитк*', 'küpsis*', 'sütik*', 'sütit', 'ciasteczk*', 'kolačić*',
  'kolacic*', 'колачић*', 'piškotk*', 'piskotk*', 'slapuk*', 'sīkdatn*', 'sikdatn*', 'çerez*', 'cerez*', 'vafrakök*', 'galetes',
  'fianán*', 'cwcis', 'kuki', 'עוגיות', 'קובצי עוגיות', 'كوكيز', 'ملفات تعريف الارتباط', 'کوکی', 'クッキー', '쿠키', 'คุกกี้',
  'कुकी*', 'кукі*', 'файли cookie', 'файлы cookie', 'μπισκότ*',
];

/** What the address of a cookie or privacy page holds, as sites spell it in URLs (knowledge). */
export const CONSENT_PAGE_WORDS: readonly string[] = ['cookie', 'privacy', 'datenschutz', 'confidentialit', 'privacidad',
  'privacit', 'privaatsus', 'tietosuoja', 'adatvedelem', 'prywatnos', 'soukromi', 'zasebnost', 'privatnost', 'gizlilik',
  'biskvit', 'kupsis', 'evaste', 'suti', 'ciastecz', 'kolacic', 'piskot', 'cerez'];

/** A control a notice offers: a button, or a link that runs script or goes to the cookie or privacy page. */
export function consentControl(el: Element): boolean {
  if (el.querySelector('button, [role="button"]')) return true;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const href = (a.getAttribute('href') ?? '').toLowerCase();
    if (href.startsWith('javascript:') || CONSENT_PAGE_WORDS.some((w) => href.includes(w))) return true;
  }
  return false;
}
