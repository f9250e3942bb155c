// The outlet speaking about itself. Appeals, offers and house promos are written in the outlet's own
// voice: they name it (its site name, publisher or host label, which the page itself gives) or say
// "we" and "our", and they ask the reader to do something off the article. The story reports what
// others said and does not send the reader to the outlet's sign-up pages. These signals are
// language-light: the names come from the page, the pronouns and price shapes from outlet-words.ts.
import type { Block } from './types';
import { collapse, hasPhrase, normalize, phrases, urlHas } from './text';
import { alternation } from '../regexp';
import { fullNames, linkKey, mentions, nameKeys, registrable } from './outlet-names';
export { outletNames } from './outlet-names';
import { hasOwnText, textUnits } from './block';
import { BANK_ACCOUNT, PAYMENT_NAMES } from './payment-platforms';
import { CURRENCIES, FIRST_PLURAL, MEMBERSHIP, MESSENGER_NAMES, PERIODS } from './outlet-words';
import { pluralByEnding } from './first-plural-endings';
import { APP_URLS, DONATE_URLS, NEWSLETTER_URLS, QUESTION_MARK, SOCIAL_URLS, SUBSCRIBE_URLS, homogeneous, isSentence, linksTo, reportedSpeech, sentenceRun, tailShare } from './signals';

const mailLink = (b: Block): boolean => b.hrefs.some((h) => h.startsWith('mailto:'));

export function namesOutlet(b: Block): boolean {
  if (!b.outlet?.length) return false;
  if (mentions(b.norm, b.outlet, b.text)) return true;
  // Minified markup glues a box's paragraphs together in textContent ("…journalismSaarte Hääl on…"):
  // in a box, a name of two words or more may start inside the word before it.
  return b.tag !== 'p' && b.el.childElementCount >= 2 && fullNames(b.outlet).some((n) => n.indexOf(' ', 1) < n.length - 1 && b.norm.includes(n.slice(1)));
}

/** A paragraph opening with a dash is a quotation in Nordic, Spanish, Russian and other presses
 *  ("– Vi är medvetna om …", "—Nosotros no sabíamos…"): the "we" in it is the speaker's. */
const DIALOGUE = /^\s*[–—―-]\s?\p{L}/u;

/** A quoted name (an outlet, a show, a newsletter: „Nemuno kraštas“, «Altiplano Adentro») is no quotation. */
const QUOTED_NAME = /["“”«»„‚‘「『][^"“”«»„‚‘’「」『』]{1,40}["“”«»‘’」』]/gu;
const QUOTE_MARK = /["“”«»„‚‘「」『』]/;

/** Quotation marks other than around a short name (at most four words): someone's words are quoted. */
function quotesWords(text: string): boolean {
  if (!QUOTE_MARK.test(text)) return false;
  // An apostrophe inside a word ("«Кур’єра»", "«L’Écho»") is no closing quote.
  const rest = text.replace(/(?<=\p{L})’(?=\p{L})/gu, "'").replace(QUOTED_NAME, (m) => (m.trim().split(/\s+/).length <= 4 ? ' ' : m));
  return QUOTE_MARK.test(rest);
}

/** Names the outlet or says "we" / "our", and does not report someone else's words. */
export function outletVoice(b: Block): boolean {
  return (namesOutlet(b) || hasPhrase(b.norm, FIRST_PLURAL)) && !reportedSpeech(b) && !DIALOGUE.test(b.text);
}

/** A paragraph's text in the outlet's voice (for box homogeneity, outlet names as in `names`).
 *  With the page's language, a "we" written only in the verb's ending counts (first-plural-endings.ts):
 *  callers ask this only of paragraphs in a box that already asks the reader to act. */
export function textInOutletVoice(text: string, names: readonly string[] | undefined, lang?: string): boolean {
  const norm = normalize(text);
  if (DIALOGUE.test(text)) return false;
  const named = mentions(norm, names, text);
  if (quotesWords(text) && !named) return false;
  return named || hasPhrase(norm, FIRST_PLURAL) || pluralByEnding(text, lang);
}

/** Paths of pages that list articles rather than act: a link there is part of the story's furniture. */
const LISTING = /^\/(?:tags?|topics?|themen?|thema|sujets?|temas?|tema|argomenti|assuntos?|onderwerpen?|tematy?|ämnen|emner|aiheet|author|authors|autor|autores|auteur|auteurs|autore|people|person|personen|category|categories|categorie|categoria|kategorie|kategoria|rubriques?|ressort|section|sections|search|recherche|suche|buscar|cerca)(?:\/|$)/;

/** The page's host without "www.", for links to the outlet's pages written in full. */
export function pageHost(url: string | undefined): string | undefined {
  try {
    return new URL(url ?? '').hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The path of a link to the outlet's own site: relative, or absolute on the page's host (or a
 *  subdomain of it, or the host a subdomain of the link's: "support.example.org", "www.example.org"). */
export function ownPath(href: string, host: string | undefined): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  if (!host || !/^https?:\/\//.test(href)) return null;
  const h = pageHost(href);
  if (!h) return null;
  const same = h === host || h.endsWith('.' + host) || host.endsWith('.' + h);
  return same ? href.replace(/^https?:\/\/[^/?#]+/, '') || '/' : null;
}

/** A link to one of the outlet's own service pages: a short path without digits. */
function servicePath(href: string, host?: string): boolean {
  const own = ownPath(href, host);
  if (own === null) return false;
  const [path = '', query = ''] = own.split(/[?#]/);
  // A page file ("/com/support.html") is a service page only when nothing in the link numbers an
  // article ("/news/articleView.html?idxno=123").
  const file = /\.(?:html?|php|aspx?)$/.test(path);
  if (path.length > 48 || /\d/.test(path) || (file && /\d/.test(query)) || LISTING.test(path)) return false;
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

const BUTTON_MAX = 40;
const INLINE_RUN = new Set(['span', 'strong', 'b', 'em', 'i', 'small', 'u', 'font']);

/**
 * A link that stands as a button: short, and alone in its line (the element around it, up to the
 * box, holds no other text: "<p><a>Support us</a></p>", or a link that is a child of the box itself).
 * A link inside a sentence ("as we reported", "follow her at …") is none.
 */
function standsAlone(a: Element, box: Element): boolean {
  const t = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!t || t.length > BUTTON_MAX) return false;
  // A linked heading titles a section ("Our Programs"); it is no button.
  const heading = a.closest('h1, h2, h3, h4, h5, h6');
  if (heading && box.contains(heading)) return false;
  let line: Element = a;
  while (line.parentElement && line.parentElement !== box && INLINE_RUN.has(line.parentElement.localName)) line = line.parentElement;
  const host = line.parentElement;
  if (!host) return false;
  // A link that is a child of the box stands alone unless the box is itself a line of text ("<li><b>X</b>:
  // … <a>using Asyncify</a> …</li>").
  if (host === box) return !hasOwnText(box);
  // The line may hold several buttons side by side ("Monthly · One-off"): its text less its links'.
  let rest = (host.textContent ?? '').replace(/\s+/g, ' ');
  for (const l of Array.from(host.getElementsByTagName('a'))) rest = rest.replace((l.textContent ?? '').replace(/\s+/g, ' ').trim(), '');
  return rest.replace(/[\s.!?:→»›>…)(|·•/–—-]+/gu, '').length === 0;
}

/** Whether a link goes where the outlet asks the reader to act: giving, subscribing, the newsletter,
 *  the app, social profiles, or one of the outlet's own service pages. */
const actTarget = (a: Element, host: string | undefined, outlet: readonly string[] | undefined): boolean => {
  const href = (a.getAttribute('href') ?? '').toLowerCase();
  return servicePath(href, host) || urlHas(href, ACT_URLS) || ownPageElsewhere(href, host, outlet);
};

const OWN_PAGE_PATH = /^https?:\/\/[^/?#]+\/(?:[^/?#]+\/?){1,2}(?:[?#].*)?$/;

/**
 * The outlet's own page on another site: a short path there spells the outlet's name
 * ("contribee.com/zvirblynas", "darujme.sk/spissky-zvonar/", "fr.tipeee.com/la-vigie-du-vivarais"),
 * a giving, membership or shop platform the rules need not know by name.
 */
export function ownPageElsewhere(href: string, host: string | undefined, outlet: readonly string[] | undefined): boolean {
  if (!outlet?.length || !OWN_PAGE_PATH.test(href) || /\d{4}/.test(href) || ownPath(href, host) !== null) return false;
  const path = linkKey(href.replace(/^https?:\/\/[^/?#]+/, '').split(/[?#]/)[0] ?? '');
  return nameKeys(outlet, 6).some((key) => path.includes(key));
}

/** A box: an element that holds a few blocks (title, paragraphs, button), not a paragraph. */
const isBox = (b: Block): boolean => {
  if (b.tag === 'p') return false;
  // A layout table's rows sit in its lone <tbody>. (Not through any lone wrapper: a block frame
  // around a tip box then read as the box and kept it, blind round 4.)
  const el = b.tag === 'table' && b.el.childElementCount === 1 && b.el.firstElementChild?.localName === 'tbody' ? b.el.firstElementChild : b.el;
  return el.childElementCount >= 2;
};

/** Asks the reader to act off the article: an e-mail form, a mail link, or a call that goes to giving,
 *  subscribing, the newsletter, the app, social profiles or one of the outlet's service pages. A line
 *  must end on that call; a box may carry it as a button anywhere (title, body, button, small print). */
export function offersAct(b: Block): boolean {
  // A sign-up form asks for an address; other forms (search, recipe ratings, photo uploads) do not act.
  if (b.emailInput) return true;
  if (b.linkCount === 0) return false;
  if (mailLink(b)) return true;
  const call = closingCall(b);
  // The call's own target decides: a profile linked from a sentence earlier in the block does not.
  if (call && actTarget(call, b.host, b.outlet)) return true;
  if (!isBox(b) || b.linkCount > 4) return false;
  const links = b.el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i] as Element;
    if (standsAlone(a, b.el) && actTarget(a, b.host, b.outlet)) return true;
  }
  return false;
}

/** Most an outlet's self-promotion takes (a line; a box of a few paragraphs); longer blocks are prose. */
const SELF_PROMO_MAX = 420;
const SELF_PROMO_BOX_MAX = 1000;
const SELF_PROMO_LINKS = 6;
/** Long paragraphs a box may hold: a closing box's thanks, what the story cost, the offer, the ways to
 *  pay and the small print are four or five short paragraphs (the length bound above still holds). */
const SELF_PROMO_BOX_PARAS = 5;
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
  const box = isBox(b);
  // A self-promotion has a button or two; a block of many links is a menu or a catalogue of the
  // site's own offers (a company's home page speaks of "we" throughout).
  if (b.len > (box ? SELF_PROMO_BOX_MAX : SELF_PROMO_MAX) || b.longParas > (box ? SELF_PROMO_BOX_PARAS : 1) || b.linkCount > SELF_PROMO_LINKS ||
    sentenceRun(b) || quotesWords(b.text)) return false;
  const edge = tailShare(b) < 0.25 || (b.total > 0 && b.before / b.total < 0.05);
  // A question to the reader with the outlet's own address to write to ("Do you know more? Write to
  // tips@…", "Vet du mer? Tipsa … tips@adalsposten.se"): a tip prompt in any language, whoever speaks.
  // Without a question, only the outlet's own address, at the article's edge or in a box of its own
  // ("▶ 기사 제보: … jebo@…"): a mail link alone may be the story's contact for someone else.
  const contact = ownContact(b);
  // A box of its own (not a paragraph of the story) printing the outlet's own address asks for tips
  // wherever it sits ("■ 전세사기 관련 제보를 받습니다 … jebo@nakdongjournal.kr").
  const tipPrompt = b.len < 300 && contact && (QUESTION_MARK.test(b.text) || ((edge || b.tag !== 'p') && ownAddress(b)));
  // What the block asks: an act (form, mail, a call or a button), a payment to make (an app, a tip jar,
  // a bank account), or at the article's edge a price to join at ("… for 50 kr. om måneden").
  // Cheapest first: most paragraphs have no link, no digit and sit mid-article, and normalising their
  // words (paysBy) is most of what measuring costs; a payment line names an app at the edge, in a box,
  // or with a number to pay to.
  // Each asked once, when first needed (the offer-box tests below ask them again).
  const digits = /\d/.test(b.text);
  let acts: boolean | undefined;
  let priced: boolean | undefined;
  let pays: boolean | undefined;
  const act = (): boolean => (acts ??= offersAct(b));
  const price = (): boolean => (priced ??= digits && priceShape().test(b.text));
  const pay = (): boolean => (pays ??= paysBy(b));
  const asks = tipPrompt || act() || (edge && price()) || ((edge || box || digits) && pay());
  if (!asks) return false;
  if (!tipPrompt && !outletVoice(b)) return false;
  // Mid-article, a box whose paragraphs are the outlet's voice or its offer, with a call of its own
  // and a price or a way to pay ("… შემოგვიერთდით – თვეში 5 ლარიდან" + a button): an offer box, even
  // when it names the outlet in a script the page's names are not written in.
  const offerBox = box && act() && (price() || pay());
  // A box that both states a price and names ways to pay is an offer whatever its links are (the
  // platforms written out in a list: "Aportá con Mercado Pago: link.mercadopago.com.ar/…").
  const payBox = box && price() && pay();
  // Each long paragraph of a box is the outlet describing itself or the offer it makes; an offer box
  // may hold one that says neither, beside two that do ("But checking budgets costs money. Join the
  // Club of Friends of «Кур’єр»:", the outlet named in a form its names do not decline to).
  if (box && b.longParas > 0 && !homogeneous(b, NO_TOPIC, offerBox || payBox ? 1 : 0, (t) => ownOffer(t, b.outlet, MEMBERSHIP, b.lang), payBox ? 1 : 2)) return false;
  if (edge) return true;
  if (offerBox || payBox) return true;
  return namesOutlet(b) || b.emailInput || contact ||
    linksTo(b, DONATE_URLS) + linksTo(b, SUBSCRIBE_URLS) + linksTo(b, NEWSLETTER_URLS) > 0;
}

const PAY_WORDS = phrases(PAYMENT_NAMES);

/** Names a way to pay (a payment app, a tip jar) or prints a bank account to transfer to. */
export function paysBy(b: Block): boolean {
  return hasPhrase(b.norm, PAY_WORDS) || (/\d{4}/.test(b.text) && BANK_ACCOUNT.test(b.text));
}

const EMAIL = /[\p{L}\d._%+-]+@([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)/gu;
/** Messengers a newsroom takes tips on (a chat link, not a share intent). */
const MESSENGER = ['wa.me/', 'api.whatsapp.com/send?phone', 'whatsapp.com/channel', 't.me/', 'signal.me/', 'line.me/', 'threema.id/'];

/** A phone number: 9 digits or more, in groups ("0321-7654321", "+49 170 1234567"). */
const PHONE = /(?:^|[^\d])\+?\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)/;

/** The outlet's own address to write to: a mail link, an e-mail address at the page's own domain
 *  (printed as text: "tips@adalsposten.se"), a messenger link, or a number beside a messenger's name. */
export function ownContact(b: Block): boolean {
  if (mailLink(b)) return true;
  if (b.linkCount > 0 && b.hrefs.some((h) => urlHas(h, MESSENGER) && !h.includes('text='))) return true;
  // A number printed beside a messenger's name ("… ہمیں واٹس ایپ کریں: 0321-7654321").
  if (PHONE.test(b.text) && hasPhrase(b.norm, MESSENGER_NAMES)) return true;
  return ownAddress(b);
}

/** An e-mail address at the page's own domain, in the text or a mail link. */
function ownAddress(b: Block): boolean {
  if (!b.host || !b.text.includes('@')) return false;
  const site = registrable(b.host);
  for (const m of b.text.matchAll(EMAIL)) {
    // "jebo@nakdongjournal.kr로": a particle of the sentence glued to an ASCII domain is not part of it.
    const found = (m[1] ?? '').toLowerCase();
    const domain = /^[\x21-\x7e]+[^\x00-\x7f]+$/.test(found) ? found.replace(/[^\x00-\x7f]+$/, '') : found;
    if (domain === site || domain.endsWith('.' + site) || b.host.endsWith('.' + domain)) return true;
  }
  return false;
}

let priceRe: RegExp | undefined;

/** "€5 a month", "5 €/mois", "R$ 9,90 por mês", "ab 8 Euro im Monat", "99 kr/mån", "월 5,000원". */
function priceShape(): RegExp {
  if (priceRe) return priceRe;
  const cur = alternation(CURRENCIES);
  const per = alternation(PERIODS);
  // "1만 원", "5千円": CJK numbers write ten thousands and thousands as a character.
  const amount = '\\d[\\d.,\\u00a0\\u202f ]{0,9}[万萬만千천]?';
  // "50 kr. om måneden": a currency abbreviation may take its full stop.
  const price = `(?:(?:${cur})\\s?${amount}|${amount}\\s?(?:${cur})\\.?)`;
  const joiner = '(?:\\s*(?:/|par|per|a|an|pro|im|al|por|ao|au|la|w|za|på|á|i|om|в|на|за|ל|mỗi|प्रति|–|-)?\\s*)';
  // The period may come first and the price close a list of amounts ("Havi 1500, 3000 vagy 5000
  // forint", "monthly $5, $10 or $20"): amounts, commas and a short word ("or") between them.
  const list = '(?:[\\d.,\\u00a0\\u202f ]|\\p{L}{1,5}\\s){0,24}?';
  priceRe = new RegExp(`${price}${joiner}(?:${per})(?![\\p{L}])|(?<![\\p{L}])(?:${per})\\s?${list}${price}`, 'iu');
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

/**
 * What is left of a box once rules took its promo parts (box-remnant.ts): short enough for a box, and
 * every sentence in it is the outlet speaking of itself, of its price or of how to pay it. Titles,
 * labels and buttons (no sentence) may say anything. `lost` is the weighted length already taken.
 * A box with a sentence of the story, a quotation or reported speech is never a remnant.
 */
export function promoRemnant(el: Element, lost: number, outlet: readonly string[] | undefined, weight: number): boolean {
  const len = collapse(el.textContent ?? '').length * weight;
  if (len > SELF_PROMO_BOX_MAX) return false;
  const voiced = sentencesInVoice(el, outlet, weight);
  // With no sentence of the outlet's left, only a title or a frame that the promo outweighed: a
  // review card or a product box that lost its "Buy now" keeps its score, its name and its specs.
  return voiced > 0 || (voiced === 0 && lost >= len && len <= REMNANT_BARE_MAX * weight);
}

/**
 * A text in which the outlet speaks of itself, states a price or names a way to pay (or says one of
 * `also`'s words: a box's paragraphs may speak of membership).
 */
function ownOffer(text: string, outlet: readonly string[] | undefined, also?: readonly string[], lang?: string): boolean {
  if (textInOutletVoice(text, outlet, lang) || priceShape().test(text) || BANK_ACCOUNT.test(text)) return true;
  const norm = normalize(text);
  return hasPhrase(norm, PAY_WORDS) || (!!also && hasPhrase(norm, also));
}

/** Text units longer than a label (a sentence, or 80 weighted characters in unspaced scripts). */
const LABEL_MAX = 80;
/** The longest sentence of small print an appeal's paragraph may carry beside the outlet's own. */
const SMALL_PRINT = 60;

/**
 * How many sentences of el are the outlet speaking of itself, its price or how to pay; -1 when one
 * is not (a sentence of the story, a quotation). Titles, labels and buttons are not counted.
 */
function sentencesInVoice(el: Element, outlet: readonly string[] | undefined, weight: number, lang?: string): number {
  let voiced = 0;
  let spare = 0;
  for (const unit of textUnits(el)) {
    if (!isSentence(unit) && unit.length * weight <= LABEL_MAX) continue;
    if (ownOffer(unit, outlet, undefined, lang)) voiced++;
    // One short sentence to the reader beside the outlet's own ("You can cancel at any time.",
    // "Puedes darte de baja cuando quieras.", "Has arribat fins aquí."): an appeal's small print.
    else if (unit.length * weight <= SMALL_PRINT && spare === 0) spare++;
    else return -1;
  }
  // Small print goes with two sentences in the outlet's voice, never stands for one.
  return spare > 0 && voiced < 2 ? -1 : voiced;
}

/** Most text a box may keep, without a sentence in the outlet's voice, to go with its promo part. */
const REMNANT_BARE_MAX = 60;

/** What a closing line may ask of the reader: an act, a payment, a price to join at, or a contact. */
export function asksReader(b: Block): boolean {
  return offersAct(b) || paysBy(b) || ownContact(b) || (/\d/.test(b.text) && priceShape().test(b.text));
}

/**
 * A run of closing lines that together are an appeal, though none is one alone: an opener ("Hat
 * Ihnen dieser Artikel gefallen?"), the outlet describing itself, and a way to give. The run names the
 * outlet, asks the reader something, and each of its sentences is in the outlet's voice or states a
 * price or a way to pay; a sentence of the story stops it. `asked`: a rule already took what followed
 * the run and asked (the offer, the button). `opened`: a rule took the appeal's opening, which named
 * the outlet, right before the run.
 */
export function closingAppeal(run: readonly Block[], asked = false, opened = false): boolean {
  let named = opened;
  let asks = asked;
  for (const b of run) {
    if (b.formish || b.len > SELF_PROMO_BOX_MAX || b.linkCount > SELF_PROMO_LINKS || quotesWords(b.text)) return false;
    if (sentencesInVoice(b.el, b.outlet, b.weight, b.lang) < 0) return false;
    named ||= namesOutlet(b);
    asks ||= asksReader(b);
  }
  return named && asks;
}
