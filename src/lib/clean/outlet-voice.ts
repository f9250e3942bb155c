// The outlet speaking about itself. Appeals, offers and house promos are written in the outlet's own
// voice: they name it (its site name, publisher or host label, which the page itself gives) or say
// "we" and "our", and they ask the reader to do something off the article. The story reports what
// others said and does not send the reader to the outlet's sign-up pages. These signals are
// language-light: the names come from the page, the pronouns and price shapes from outlet-words.ts.
import type { Block } from './types';
import { hasPhrase, normalize, urlHas } from './text';
import { CURRENCIES, FIRST_PLURAL, MEMBERSHIP, PERIODS } from './outlet-words';
import { APP_URLS, DONATE_URLS, NEWSLETTER_URLS, SOCIAL_URLS, SUBSCRIBE_URLS, homogeneous, linksTo, quoted, reportedSpeech, sentenceRun, tailShare } from './signals';

/** Leading articles dropped from a site name ("The Daily Ledger" is also "Daily Ledger"). */
const ARTICLE = /^ (?:the|la|le|les|l|el|los|las|die|der|das|il|lo|o|a|de|het) /;
/** Second-level labels under a country code ("bbc.co.uk", "folha.com.br"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'gob', 'nic']);
/** Host labels that name no outlet. */
const NO_NAME = new Set(['www', 'm', 'amp', 'mobile', 'news', 'blog', 'localhost', 'fakehost', 'example']);

/** The outlet's names as normalize() gives them, padded (" daily ledger "), from what the page says. */
export function outletNames(from: { siteName?: string; publisher?: string; url?: string }): string[] {
  const names = new Set<string>();
  const add = (n: string): void => {
    if (n.trim().length >= 4) names.add(n);
  };
  for (const raw of [from.siteName, from.publisher]) {
    if (!raw || raw.length > 80) continue;
    const n = normalize(raw);
    add(n);
    add(n.replace(ARTICLE, ' '));
  }
  try {
    const labels = new URL(from.url ?? '').hostname.split('.').filter((l) => l && !NO_NAME.has(l));
    if (labels.length >= 2) {
      labels.pop(); // the top-level domain
      if (labels.length >= 2 && SECOND_LEVEL.has(labels[labels.length - 1] as string)) labels.pop();
      const label = labels[labels.length - 1];
      if (label && !/^\d+$/.test(label)) add(normalize(label));
    }
  } catch { /* no URL: names only */ }
  return [...names].slice(0, 8);
}

/** Whether normalised text holds one of the outlet's names (each padded, so whole words). */
const mentions = (norm: string, names: readonly string[] | undefined): boolean => !!names?.some((n) => norm.includes(n));

const mailLink = (b: Block): boolean => b.hrefs.some((h) => h.startsWith('mailto:'));

export function namesOutlet(b: Block): boolean {
  return !!b.outlet?.length && mentions(b.norm, b.outlet);
}

/** A paragraph opening with a dash is a quotation in Nordic, Spanish, Russian and other presses
 *  ("– Vi är medvetna om …", "—Nosotros no sabíamos…"): the "we" in it is the speaker's. */
const DIALOGUE = /^\s*[–—―-]\s?\p{L}/u;

/** Names the outlet or says "we" / "our", and does not report someone else's words. */
export function outletVoice(b: Block): boolean {
  return (namesOutlet(b) || hasPhrase(b.norm, FIRST_PLURAL)) && !reportedSpeech(b) && !DIALOGUE.test(b.text);
}

/** A paragraph's text in the outlet's voice (for box homogeneity, outlet names as in `names`). */
export function textInOutletVoice(text: string, names: readonly string[] | undefined): boolean {
  const norm = normalize(text);
  if (DIALOGUE.test(text)) return false;
  const named = mentions(norm, names);
  if (/["“”«»„]/.test(text) && !named) return false;
  return named || hasPhrase(norm, FIRST_PLURAL);
}

/** Paths of pages that list articles rather than act: a link there is part of the story's furniture. */
const LISTING = /^\/(?:tags?|topics?|themen?|thema|sujets?|temas?|tema|argomenti|assuntos?|onderwerpen?|tematy?|ämnen|emner|aiheet|author|authors|autor|autores|auteur|auteurs|autore|people|person|personen|category|categories|categorie|categoria|kategorie|kategoria|rubriques?|ressort|section|sections|search|recherche|suche|buscar|cerca)(?:\/|$)/;

/** A relative link to one of the outlet's own service pages: a short path without digits. */
function servicePath(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const path = href.split(/[?#]/)[0] ?? '';
  if (path.length > 48 || /\d/.test(path) || /\.(?:html?|php|aspx?)$/.test(path) || LISTING.test(path)) return false;
  const segments = path.split('/').filter(Boolean);
  return segments.length >= 1 && segments.length <= 2;
}

const ACT_URLS: readonly string[] = [...DONATE_URLS, ...SUBSCRIBE_URLS, ...NEWSLETTER_URLS, ...APP_URLS, ...SOCIAL_URLS];

/**
 * The block ends on its last link, standing as a call of its own ("… our journalism. Join us →"):
 * not a link inside a sentence that goes on ("as we reported last spring", "Follow us to stay…").
 */
function closingCall(b: Block): Element | null {
  const links = b.el.getElementsByTagName('a');
  const last = links[links.length - 1];
  if (!last) return null;
  const t = (last.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const at = b.text.lastIndexOf(t);
  if (at < 0 || b.text.slice(at + t.length).replace(/[\s.!?:→»›>…)]+/gu, '').length > 0) return null;
  const before = b.text.slice(0, at).trimEnd();
  return before === '' || /[.!?:…—–\-|»)]$/u.test(before) ? last : null;
}

/** Asks the reader to act off the article: an e-mail form, a mail link, or a closing call that goes to
 *  giving, subscribing, the newsletter, the app, social profiles or one of the outlet's service pages. */
export function offersAct(b: Block): boolean {
  // A sign-up form asks for an address; other forms (search, recipe ratings, photo uploads) do not act.
  if (b.emailInput) return true;
  if (b.linkCount === 0) return false;
  if (mailLink(b)) return true;
  const call = closingCall(b);
  if (!call) return false;
  // The call's own target decides: a profile linked from a sentence earlier in the block does not.
  const href = (call.getAttribute('href') ?? '').toLowerCase();
  return servicePath(href) || urlHas(href, ACT_URLS);
}

/** Most an outlet's self-promotion takes (a line; a box of a few paragraphs); longer blocks are prose. */
const SELF_PROMO_MAX = 420;
const SELF_PROMO_BOX_MAX = 1000;
const NO_TOPIC: readonly string[] = [];

/**
 * A short block in the outlet's voice that asks the reader to act ("Radio Kiosk is funded by its
 * listeners: join them at /membres", "Do you know more? Write to us at tips@…"). At the article's
 * edge any such block; between paragraphs only one that names the outlet or carries a real call
 * (a form, a mail link, a giving or sign-up link), not just a link to one of the outlet's pages.
 */
export function selfPromo(b: Block): boolean {
  // A box (title, a few paragraphs, a button) is one unit when each of its paragraphs is the outlet
  // describing itself: the box goes whole, not its title and button alone.
  const box = b.tag !== 'p' && b.el.childElementCount >= 2;
  if (b.len > (box ? SELF_PROMO_BOX_MAX : SELF_PROMO_MAX) || b.longParas > (box ? 3 : 1) || sentenceRun(b) || quoted(b)) return false;
  if (!offersAct(b)) return false;
  // A question to the reader with a mail link to write in ("Do you know more? Write to …"): a tip prompt
  // in any language, whoever speaks.
  const tipPrompt = b.len < 300 && /[?？؟;]/.test(b.text) && mailLink(b);
  if (!tipPrompt && !outletVoice(b)) return false;
  if (box && b.longParas > 1 && !homogeneous(b, NO_TOPIC, 0, (t) => textInOutletVoice(t, b.outlet))) return false;
  const edge = tailShare(b) < 0.25 || (b.total > 0 && b.before / b.total < 0.05);
  if (edge) return true;
  return namesOutlet(b) || b.emailInput || mailLink(b) ||
    linksTo(b, DONATE_URLS) + linksTo(b, SUBSCRIBE_URLS) + linksTo(b, NEWSLETTER_URLS) > 0;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
let priceRe: RegExp | undefined;

/** "€5 a month", "5 €/mois", "R$ 9,90 por mês", "ab 8 Euro im Monat", "99 kr/mån", "월 5,000원". */
function priceShape(): RegExp {
  if (priceRe) return priceRe;
  const cur = [...CURRENCIES].sort((a, b) => b.length - a.length).map(escape).join('|');
  const per = [...PERIODS].sort((a, b) => b.length - a.length).map(escape).join('|');
  const amount = '\\d[\\d.,\\u00a0\\u202f ]{0,9}';
  const price = `(?:(?:${cur})\\s?${amount}|${amount}\\s?(?:${cur}))`;
  const joiner = '(?:\\s*(?:/|par|per|a|an|pro|im|al|por|ao|au|la|w|za|på|i|om|в|на|за|ל|mỗi|प्रति|–|-)?\\s*)';
  priceRe = new RegExp(`${price}${joiner}(?:${per})(?![\\p{L}])|(?:${per})\\s?${price}`, 'iu');
  return priceRe;
}

/** An offer with a price and a period, made to the reader as member, friend or subscriber, with a
 *  way to take it: nearly language-free (amount, currency, period). */
export function membershipOffer(b: Block): boolean {
  // Asked of nearly every block (donation-appeal's score): a price has a digit, and most blocks have
  // none, so the cheap test comes before the long alternation.
  if (b.len > 700 || b.longParas > 2 || !/\d/.test(b.text) || reportedSpeech(b) || !priceShape().test(b.text)) return false;
  return offersAct(b) && (hasPhrase(b.norm, MEMBERSHIP) || outletVoice(b));
}
