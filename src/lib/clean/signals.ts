// Signals several rules share: where links point, reported speech, class/id hints, size.
import type { Block } from './types';
import { collapse, containsAny, hasPhrase, normalize, phrases, urlHas } from './text';
import { PAYMENT_PLATFORMS } from './payment-platforms';
import { linkKey, nameKeys } from './outlet-names';

/** Donation and membership targets (paths seen on news sites, and payment/tip platforms). */
export const DONATE_URLS = [
  '/donat', '/donate', '/don/', '/dons/', '/faire-un-don', '/soutenir', '/soutien', '/spenden', '/spende',
  '/unterstuetzen', '/unterstutzen', '/donar', '/dona/', '/donazion', '/sostieni', '/doar', '/doacao',
  '/apoie', '/apoya', '/doneer', '/doneren', '/steun', '/wesprzyj', '/wspieraj', '/wplac', '/support-us',
  '/support/', '/supportus', '/contribute', '/contribution', '/membership', '/mitgliedschaft', '/hazte',
  '/apoyo', 'spendenkampagne', 'spendenaktion',
  ...PAYMENT_PLATFORMS, 'paypal.com', 'fundraiseup',
  // sv, da, nb, fi, cs, ru (transliterated paths)
  '/stod-oss', '/stodoss', '/stotta', '/bli-manadsgivare', '/stot-os', '/stoet-os', '/stott-oss', '/stoett-oss',
  '/lahjoita', '/tue-meita', '/podporte', '/darujte', '/darovat', '/podderzh', '/pozhertv',
  'mobilepay', 'vipps',
];
/** Subscription / paywall targets. */
export const SUBSCRIBE_URLS = [
  '/subscribe', '/subscription', '/abo/', '/abo-', '/abo?', '/abos', '/abonn', '/suscri', '/abbona',
  '/assin', '/prenumerat', '/subskrypc', '/premium', '/checkout', '/offers', '/angebot', 'piano.io',
  'tinypass', '/plus/', '/digital-access', '/paywall',
];
/** Newsletter sign-up targets and providers. */
export const NEWSLETTER_URLS = [
  'newsletter', 'nieuwsbrief', 'infolettre', 'list-manage.com', 'mailchi.mp', 'eepurl.com', 'substack.com',
  'mailerlite', 'convertkit', 'beehiiv', 'sendinblue', 'brevo.com', 'cleverreach', '/signup', '/sign-up',
  'nyhetsbrev', 'nyhedsbrev', 'uutiskirje', 'rassylk', 'podpiska-na-rassylku',
];
/** Mobile app stores and app deep links. */
export const APP_URLS = ['apps.apple.com', 'itunes.apple.com', 'play.google.com', 'onelink.me', 'app.adjust.com',
  'appgallery.huawei.com', 'microsoft.com/store'];
/** A question mark in Latin, CJK (full-width), Arabic and Greek (";") text: a question to the reader. */
export const QUESTION_MARK = /[?？؟;]/u;

/** Social network profiles (follow links). */
export const SOCIAL_URLS = ['facebook.com/', 'twitter.com/', '//x.com/', 'instagram.com/', 'youtube.com/',
  'linkedin.com/', 't.me/', 'tiktok.com/', 'bsky.app/', 'threads.net/', 'pinterest.', 'mastodon.',
  'whatsapp.com/channel', 'flipboard.com/', 'news.google.com/publications', 'xing.com/', 'invite.viber.com/',
  'chats.viber.com/', 'vk.com/', 'ok.ru/group', 'line.me/', 'kakao.com/', 'weibo.com/'];
/** Share intents. */
export const SHARE_URLS = ['sharer', 'share?', 'share.php', '/share/', 'intent/tweet', 'intent/post',
  'sharearticle', 'sharing/share', 'whatsapp://', 'api.whatsapp.com/send', 'wa.me/?', 'mailto:?',
  'pinterest.com/pin/create', 'reddit.com/submit', 'getpocket.com/save', 'telegram.me/share', 't.me/share',
  'addtoany.com', 'xing.com/spi/shares', 'tumblr.com/widgets/share', 'vk.com/share', 'compose?text',
  'bsky.app/intent', 'threads.net/intent', 'flipboard.com/bookmarklet'];

// The same link is asked about at every nesting level and by several rules: answers are kept per
// fragment list (bounded, so a content script's world never grows without limit).
const answers = new WeakMap<readonly string[], Map<string, boolean>>();
const MAX_ANSWERS = 4096;

/**
 * The block's links to one of the fragments whose path names the outlet (a name of five letters or
 * more, compared letters and digits only): its own profile ("facebook.com/kutaisisposta") or its own
 * app in a store ("apps.apple.com/…/patraikos-typos/…").
 */
export function linksNamingOutlet(b: Block, fragments: readonly string[]): string[] {
  const names = nameKeys(b.outlet ?? [], 5);
  if (!names.length) return [];
  return b.hrefs.filter((h) => urlHas(h, fragments) && names.some((n) => linkKey(h.replace(/^[a-z]+:\/\/[^/]+/, '')).includes(n)));
}

/** How many of the block's links point to one of the fragments. */
export function linksTo(b: Block, fragments: readonly string[]): number {
  let known = answers.get(fragments);
  if (!known) answers.set(fragments, (known = new Map()));
  let n = 0;
  for (const h of b.hrefs) {
    let hit = known.get(h);
    if (hit === undefined) {
      if (known.size >= MAX_ANSWERS) known.clear();
      hit = urlHas(h, fragments);
      known.set(h, hit);
    }
    if (hit) n++;
  }
  return n;
}

/** Reporting verbs and attributions: a call to action inside reported speech is journalism. */
const SPEECH = phrases([
  'said', 'says', 'told', 'according to', 'added', 'urged', 'wrote', 'tweeted', 'asked', 'explained',
  'a déclaré', 'a dit', 'a lancé', 'a affirmé', 'a expliqué', 'a ajouté', 'selon', 'déclare', 'affirme',
  'explique', 'indique', 'a indiqué', 'a écrit', 'a résumé', 'disent', 'dit', 'estime', 'a estimé', 'assure',
  'raconte', 'souligne', 'rappelle', 'a martelé', 'a répondu', 'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte',
  'laut', 'so der', 'so die', 'schrieb', 'dijo', 'afirmó', 'explicó', 'según', 'declaró', 'añadió',
  'señaló', 'escribió', 'ha detto', 'ha dichiarato', 'secondo', 'ha spiegato', 'ha aggiunto', 'ha scritto',
  'disse', 'afirmou', 'segundo', 'declarou', 'explicou', 'escreveu', 'zei', 'zegt', 'volgens', 'aldus',
  'schreef', 'powiedział', 'powiedziała', 'według', 'napisał', 'napisała', 'stwierdził', 'dodał',
  'sade', 'säger', 'enligt', 'skriver', 'sagde', 'siger', 'ifølge', 'sier', 'uttalte', 'sanoi', 'sanoo',
  'mukaan', 'kertoi', 'řekl', 'řekla', 'uvedl', 'uvedla', 'podle', 'napsal', 'napsala', 'сказал', 'сказала',
  'заявил', 'заявила', 'по словам', 'сообщил', 'сообщила', 'написал', 'написала',
  'δήλωσε', 'είπε', 'σύμφωνα με', 'ανέφερε', 'τόνισε', 'dedi', 'söyledi', 'açıkladı', 'göre', 'belirtti',
  'ifade etti', 'a declarat', 'a spus', 'potrivit', 'conform', 'a afirmat', 'a precizat', 'сказав', 'сказала',
  'заявив', 'заявила', 'за словами', 'повідомив', 'повідомила', 'написав', 'написала', 'قال', 'قالت', 'وقال',
  'وقالت', 'صرح', 'وفقا', 'بحسب', 'أضاف', 'وأضاف', 'أكد', 'وأكد', 'と話', 'と述べ', 'と語', 'によると', 'と説明',
  'と強調', '说', '說', '表示', '称', '稱', '据', '據', '指出', '强调', '強調', '말했다', '밝혔다', '따르면',
  '전했다', '강조했다',
  'kata', 'ujar', 'ungkap', 'menurut', 'tutur', 'cho biết', 'nói', 'theo', 'phát biểu', 'कहा', 'बताया',
  'के अनुसार', 'אמר', 'אמרה', 'לדברי', 'לדבריו', 'לדבריה', 'הוסיף', 'הוסיפה', 'ציין', 'ציינה', 'mondta',
  'közölte', 'szerint', 'nyilatkozta', 'hangsúlyozta', 'گفت', 'افزود', 'به گفته', 'اظهار کرد',
  'ha dit', 'ha declarat', 'segons', 'ha explicat', 'ha afirmat', 'rekao je', 'rekla je', 'izjavio je',
  'izjavila je', 'prema riječima', 'kazao je', 'povedal', 'povedala', 'uviedol', 'uviedla', 'podľa', 'каза',
  'заяви', 'според', 'посочи', 'съобщи', 'বলেন', 'বলেছেন', 'জানান', 'অনুযায়ী', 'মতে',
  'กล่าวว่า', 'ระบุว่า', 'เปิดเผยว่า', 'เผยว่า',
]);
/** Quotation marks: one character class, one pass over the text (was a pass per mark). */
const QUOTES = /["“”«»„‚‘「」『』]/;

/** Quotation marks plus a reporting verb: the block reports what someone said. */
export function reportedSpeech(b: Block): boolean {
  return quoted(b) && hasPhrase(b.norm, SPEECH);
}

/** The block holds quotation marks. */
export function quoted(b: Block): boolean {
  return QUOTES.test(b.text);
}

/** Whether one of the stems occurs in the block's own class/id words (substring test). */
export function hinted(b: Block, stems: readonly string[]): boolean {
  if (b.hints.length === 1) return false; // no class or id words (' '): most blocks
  return containsAny(b.hints, stems);
}

/** Each word list padded with spaces once (' word '), for hintWord. */
const padded = new WeakMap<readonly string[], string[]>();

/** Whether one of the whole words occurs in the block's own class/id words. */
export function hintWord(hints: string, words: readonly string[]): boolean {
  if (hints.length === 1) return false;
  let list = padded.get(words);
  if (!list) padded.set(words, (list = words.map((w) => ' ' + w + ' ')));
  return containsAny(hints, list);
}

export function linkDensity(b: Block): number {
  return b.len === 0 ? 0 : b.linkLen / b.len;
}

/** Share of the pass root's text that comes after this block. */
export function tailShare(b: Block): number {
  return b.total === 0 ? 0 : Math.max(0, b.total - b.before - b.size) / b.total;
}

const RUNS = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'u', 'small', 'font']);

function textRun(el: Element | null): boolean {
  return !!el && RUNS.has(el.localName) && (el.textContent ?? '').trim() !== '';
}

/**
 * An inline element between inline siblings that carry text: one run of a sentence whose words were
 * split over <b>/<a> elements ("<b>At Acme we …</b><a>Follow us</a><b> to stay up to date…</b>").
 * The parent has no text node of its own, so the engine offers the run as a block; it is not one.
 */
export function sentenceRun(b: Block): boolean {
  if (!RUNS.has(b.tag)) return false;
  // <a><b>Follow us</b></a>: the run is the outermost inline wrapper of the block.
  let el = b.el;
  for (let p = el.parentElement; p && RUNS.has(p.localName) && p.childElementCount === 1; p = p.parentElement) el = p;
  return textRun(el.previousElementSibling) || textRun(el.nextElementSibling);
}

/** A sentence of prose: 40 characters or more, six words or more, ending a clause with . ! ? or …
 *  (a button or a bare prompt is none: "Share this article!", "Bild anzeigen"). */
export function isSentence(text: string): boolean {
  return text.length >= 40 && /\S[.!?…](?:\s|$)/.test(text) && text.split(' ').length >= 6;
}

/** A long paragraph of prose with no link and no form reads as article text, whatever its words. */
export function proseLike(b: Block): boolean {
  return b.len > 320 && b.linkCount === 0 && !b.formish;
}

/**
 * A container is one boilerplate block only if every long paragraph in it speaks the rule's
 * vocabulary: an article paragraph that shares the container is never taken along. `tolerance`
 * (for boxes that carry their own donation form or link) lets that many paragraphs say something
 * else ("Every Friday you get our gossip column here"), as long as twice as many speak the vocabulary.
 * `alsoOn` counts other paragraphs as on topic (the outlet describing itself: outlet-voice.ts).
 * `ratio`: how many on-topic paragraphs each off-topic one needs beside it.
 */
export function homogeneous(b: Block, topic: readonly string[], tolerance = 0, alsoOn?: (text: string) => boolean, ratio = 2): boolean {
  if (b.longParas < 2 && b.tag === 'p') return true;
  let seen = 0;
  let off = 0;
  for (const p of Array.from(b.el.getElementsByTagName('p'))) {
    const t = collapse(p.textContent ?? '');
    if (t.length * b.weight <= 120) continue;
    if (++seen > 12) return false;
    if (!hasPhrase(normalize(t), topic) && !alsoOn?.(t) && ++off > tolerance) return false;
  }
  return seen - off >= ratio * off;
}

/**
 * Appeals and paywall prompts are often split over sibling paragraphs ("First-time subscribers also
 * receive…", "Already a subscriber? Log in…"). Once a rule removed one, the short siblings right after
 * it that still speak its vocabulary go too; the chain stops at the first sibling that does not.
 */
export class Continuation {
  private readonly next = new WeakSet<Element>();

  /** Call when the rule claims a block. */
  claim(b: Block): true {
    const n = b.el.nextElementSibling;
    if (n) this.next.add(n);
    return true;
  }

  /** Whether el directly follows a block the rule claimed (in this pass). */
  follows(el: Element): boolean {
    return this.next.has(el);
  }

  /** Whether the block directly follows a claimed one and reads as its continuation. */
  continues(b: Block, topic: readonly string[]): boolean {
    // Forms belong to sign-up boxes: a newsletter box after an appeal is its own rule's block.
    return this.next.has(b.el) && b.len < 600 && b.longParas <= 1 && !b.formish && tailShare(b) < 0.3 &&
      hasPhrase(b.norm, topic) && !reportedSpeech(b);
  }
}
