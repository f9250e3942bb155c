// Site chrome that Readability sometimes keeps: navigation, breadcrumbs, site header/footer, tag
// lists, skip links, cookie banners. Removed before Readability (guarded: never the article).
import type { Block, Rule } from '../types';
import { COOKIE_WORDS, cmpPlaceholder, consentControl } from '../consent-placeholder';
import { collapse, hasPhrase, normalize, phrases, startsWithPhrase } from '../text';
import { hinted, hintWord, isSentence, linkDensity, reportedSpeech, tailShare } from '../signals';
import { datelineOnly, labelOnly, metaLine } from '../labels';

/** Labels of tag/topic lists ("Tags: a, b, c"). */
export const TAG_LABELS = phrases(['tags', 'tag', 'topics', 'filed under', 'keywords', 'mots clés', 'mots clefs',
  'thèmes', 'sujets', 'schlagwörter', 'stichwörter', 'themen', 'schlagworte', 'etiquetas', 'temas', 'argomenti',
  'tag correlati', 'etiquetas relacionadas', 'tópicos', 'trefwoorden', 'onderwerpen', 'tagi', 'tematy', 'taggar',
  'ämnen', 'emner', 'tunnisteet', 'aiheet', 'štítky', 'témata', 'теги', 'метки', 'темы']);

const HINTS = ['breadcrumb', 'breadcrumbs', 'cookie', 'consent', 'gdpr', 'skip link', 'pagination',
  'post tags', 'article tags', 'entry tags', 'tag list', 'taglist', 'tags list', 'post categories',
  'entry meta', 'post navigation', 'nav links', 'navigation', 'menu', 'sidebar', 'widget'];

/** Whole class/id words of page sidebars. */
const SIDEBAR = ['sidebar', 'secondary', 'widget area', 'widgetarea', 'right column', 'left column'];

/** Breadcrumb trails and pagers, whatever their link density. */
const TRAIL_HINTS = ['breadcrumb', 'skip link', 'pagination'];
/** Breadcrumb lead-ins. */
export const YOU_ARE_HERE = phrases(['you are here', 'sie sind hier', 'du bist hier', 'vous êtes ici', 'usted está aquí',
  'estás aquí', 'ti trovi qui', 'sei qui', 'você está aqui', 'u bent hier', 'je bent hier', 'jesteś tutaj',
  'du är här', 'du er her', 'olet tässä', 'nacházíte se', 'вы здесь']);

/** Copyright and reprint notices. */
export const COPYRIGHT = phrases(['all rights reserved', 'copyrighted', 'without permission', 'written permission',
  'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'tutti i diritti riservati',
  'todos os direitos reservados', 'alle rechten voorbehouden', 'wszelkie prawa zastrzeżone', 'reproduction interdite',
  'alla rättigheter förbehållna', 'alle rettigheder forbeholdes', 'alle rettigheter reservert',
  'kaikki oikeudet pidätetään', 'všechna práva vyhrazena', 'все права защищены']);

/** Blog post-meta lines (WordPress "postmetadata") and reader-UI strings: never the author's text. */
export const UI_STRINGS = phrases(['bookmark the permalink', 'this entry was posted', 'abgelegt unter',
  'you can follow any responses', 'both comments and pings', 'nicht eingeloggt', 'you are not logged in',
  'vous n êtes pas connecté', 'no has iniciado sesión', 'bild anzeigen', 'bild schließen', 'quellen ausblenden',
  'quellen anzeigen', 'click to enlarge', 'click image to enlarge', 'click on the image to enlarge', 'klicken zum vergrößern',
  'zum vergrößern auf das bild', 'zum vergrößern klicken', 'zum vergrößern anklicken', 'zum vergrössern klicken', 'cliquez pour agrandir', 'haga clic para ampliar',
  'clicca per ingrandire', 'clique para ampliar', 'klik om te vergroten', 'kliknij aby powiększyć']);

/** Page tools that make up a short line: permalinks, short URLs, print buttons. */
export const TOOLS = phrases(['permalink', 'permalien', 'short url', 'kurz url', 'shortlink', 'print this page',
  'print this article', 'imprimer cette page', 'imprimer l article', 'diese seite drucken', 'seite drucken', 'artikel drucken',
  'imprimir esta página', 'imprimir artículo', 'stampa questa pagina', 'stampa l articolo', 'imprimir página',
  'deze pagina afdrukken', 'artikel afdrukken', 'drukuj stronę', 'drukuj artykuł']);

/**
 * Placeholders of blocked embeds ("Wir respektieren deine Privatsphäre und stellen ohne dein
 * Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten"):
 * consent wording, an embed or third party, and a control to act on, all three in one short block.
 */
const CONSENT_WORDS = phrases(['einverständnis', 'zustimmung', 'einwilligung', 'privatsphäre', 'datenschutz*',
  'consent', 'privacy', 'consentement', 'confidentialité', 'consentimiento', 'privacidad', 'consenso',
  'consentimento', 'privacidade', 'toestemming', 'zgod*', 'prywatnoś*']);
const EMBED_WORDS = phrases(['twitter', 'youtube', 'instagram', 'facebook', 'vimeo', 'tiktok', 'spotify', 'soundcloud',
  'podcast', 'google maps', 'externe*', 'externen', 'external', 'drittanbieter*', 'third party', 'third parties',
  'tiers', 'terceros', 'terzi', 'terceiros', 'derden', 'zewnętrzn*', 'eingebettet*', 'embed*',
  'newsletter anmeldung', 'piano software']);
/** Controls in the placeholder's own voice ("manage your settings", "Inhalt laden"), not a report's "settings". */
const CONTROLS = phrases(['deine einstellungen', 'ihre einstellungen', 'einstellungen verwalten', 'einstellungen ändern',
  'your settings', 'manage settings', 'cookie settings', 'privacy settings', 'vos paramètres', 'gérer mes', 'gérer vos',
  'tu configuración', 'su configuración', 'le tue impostazioni', 'suas configurações', 'je instellingen',
  'uw instellingen', 'twoje ustawienia', 'inhalt laden', 'inhalte laden', 'inhalt anzeigen', 'inhalte anzeigen',
  'video anzeigen', 'load content', 'show content', 'click to load', 'klicken sie', 'hier klicken', 'click here',
  'anzeigen wollen', 'stimmen sie bitte',
  'cliquez', 'haga clic', 'clicca', 'clique', 'klik op', 'kliknij', 'aktivieren sie', 'jetzt aktivieren',
  'akzeptieren sie', 'accept cookies', 'accepter les cookies', 'aceptar cookies', 'accetta i cookie', 'aceitar cookies']);

/** Cookie notices: a box named for cookies or consent that talks about cookies, whatever its links
 *  (a notice with one "learn more" link escaped the link-density test, and on a very short article
 *  Readability can pick it as the longest text). */
const COOKIE_HINTS = ['cookie', 'consent', 'gdpr'];
const COOKIES = phrases(COOKIE_WORDS);
/** A notice is short: a sentence or two on cookies, a second on what accepting does, its buttons. */
const NOTICE_MAX = 700;

function cookieNotice(b: Block): boolean {
  // Cheapest first: most blocks are long, and the paragraph count needs the subtree scan. Named for
  // cookies or consent, or a box of its own (not a paragraph of the story) with a consent control
  // ("Разбрах", "Nõustun kõigiga", a link to /kupsised): class names are in the site's language.
  // The unnamed box only in the article: before Readability, taking a site's cookie bar out of the
  // page moved its pick to another block on a company page (trafilatura's bummfilm.de).
  if (b.len >= NOTICE_MAX * b.weight) return false;
  const hint = hinted(b, COOKIE_HINTS);
  if (!hint && (b.pass !== 'article' || b.tag === 'p')) return false;
  if (b.longParas > (hint ? 1 : 2) || !hasPhrase(b.norm, COOKIES) || reportedSpeech(b)) return false;
  return hint || consentControl(b.el);
}

function consentPlaceholder(b: Block): boolean {
  return b.len < 400 && b.longParas <= 1 && hasPhrase(b.norm, CONSENT_WORDS) && hasPhrase(b.norm, EMBED_WORDS) &&
    hasPhrase(b.norm, CONTROLS) && !reportedSpeech(b);
}

/**
 * A reader-UI control inside a sentence's box (a recipe step "Wasche nun 250 g Erdbeeren und schneide
 * sie in kleine Würfel." with its "Bild anzeigen" toggle): set aside each element whose own text says
 * the UI words, and links; what is left of the box is a sentence. The box stays, and the walk reaches
 * the control on its own. A post-meta row says its UI words in its own text, so nothing is left of it.
 */
function controlInProse(b: Block): boolean {
  const holders = new Set<Element>();
  const rest: Text[] = [];
  const walker = b.el.ownerDocument.createTreeWalker(b.el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!t.data.trim()) continue;
    if (hasPhrase(normalize(t.data), UI_STRINGS)) {
      if (t.parentElement) holders.add(t.parentElement);
    } else rest.push(t);
  }
  let text = '';
  next: for (const t of rest) {
    for (let e = t.parentElement; e && e !== b.el.parentElement; e = e.parentElement) {
      if (holders.has(e) || e.localName === 'a') continue next;
    }
    text += t.data;
  }
  text = collapse(text);
  return isSentence(text);
}

function test(b: Block): boolean {
  // A page sidebar (widgets: calendar, feeds, archives) before Readability: its feed summaries and
  // calendar digits keep its link density low, so the class word decides (the article is protected).
  if (b.pass === 'document' && b.linkCount >= 3 && b.len < 3000 && b.longParas <= 2 && hintWord(b.hints, SIDEBAR) &&
    linkDensity(b) > 0.15) return true;
  if (b.longParas > 1 || b.len > 600) return false;
  if (labelOnly(b) || datelineOnly(b) || metaLine(b)) return true;
  // Post-meta rows ("Erstellt am … und abgelegt unter …, Kommentare im RSS-Feed") run long.
  if (b.len < 300 && b.longParas === 0 && hasPhrase(b.norm, UI_STRINGS) && !controlInProse(b)) return true;
  // The same notice in words no list holds, marked by its consent manager's API (consent-placeholder.ts).
  if (consentPlaceholder(b) || cookieNotice(b) || cmpPlaceholder(b)) return true;
  if (b.len < 100 && b.longParas === 0 && startsWithPhrase(b.norm, TOOLS)) return true;
  if (b.len < 300 && hasPhrase(b.norm, COPYRIGHT) && tailShare(b) < 0.3) return true;
  const dense = linkDensity(b);
  if (startsWithPhrase(b.norm, TAG_LABELS) && dense > 0.4 && b.len < 400) return true;
  if (b.pass === 'document' && (b.tag === 'nav' || b.tag === 'footer') && dense > 0.3) return true;
  // A breadcrumb ends with the current page's title, unlinked and often long: density says little.
  if (b.linkCount >= 2 && b.len < 300 && (hinted(b, TRAIL_HINTS) || startsWithPhrase(b.norm, YOU_ARE_HERE))) return true;
  return hinted(b, HINTS) && dense > 0.5 && b.linkCount >= 2;
}

export const rule: Rule = {
  id: 'site-chrome',
  description: 'Navigation, breadcrumbs, tag lists, cookie notices, site header and footer, labels left dangling at the end',
  selectors: [
    'nav', '[role="navigation"]', // menus, breadcrumbs, pagers
    'footer[role="contentinfo"]', 'body > footer', '.site-footer', // page footer
    'header[role="banner"]', '.site-header', // page header (the article's own header is a plain <header>)
    '.breadcrumb', '.breadcrumbs', // breadcrumb trails
    '.skip-link', // accessibility skip links
    '#cookie-banner', '.cookie-banner', '#onetrust-consent-sdk', '.cc-window', // consent banners
  ],
  test,
  // A copyright line counts only near the end: near the end of the finished article, ask again.
  reread: (b) => tailShare(b) < 0.3 && test(b),
};
