// Site chrome that Readability sometimes keeps: navigation, breadcrumbs, site header/footer, tag
// lists, skip links, cookie banners. Removed before Readability (guarded: never the article).
import type { Block, Rule } from '../types';
import { hasPhrase, phrases, startsWithPhrase } from '../text';
import { hinted, linkDensity, tailShare } from '../signals';
import { datelineOnly, labelOnly } from '../labels';

/** Labels of tag/topic lists ("Tags: a, b, c"). */
export const TAG_LABELS = phrases(['tags', 'tag', 'topics', 'filed under', 'keywords', 'mots clés', 'mots clefs',
  'thèmes', 'sujets', 'schlagwörter', 'stichwörter', 'themen', 'schlagworte', 'etiquetas', 'temas', 'argomenti',
  'tag correlati', 'etiquetas relacionadas', 'tópicos', 'trefwoorden', 'onderwerpen', 'tagi', 'tematy']);

const HINTS = ['breadcrumb', 'breadcrumbs', 'cookie', 'consent', 'gdpr', 'skip link', 'pagination',
  'post tags', 'article tags', 'entry tags', 'tag list', 'taglist', 'tags list', 'post categories',
  'entry meta', 'post navigation', 'nav links', 'navigation', 'menu', 'sidebar', 'widget'];

/** Copyright and reprint notices. */
export const COPYRIGHT = phrases(['all rights reserved', 'copyrighted', 'without permission', 'written permission',
  'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'tutti i diritti riservati',
  'todos os direitos reservados', 'alle rechten voorbehouden', 'wszelkie prawa zastrzeżone', 'reproduction interdite']);

/** Blog post-meta lines (WordPress "postmetadata") and reader-UI strings: never the author's text. */
export const UI_STRINGS = phrases(['bookmark the permalink', 'this entry was posted', 'abgelegt unter',
  'you can follow any responses', 'both comments and pings', 'nicht eingeloggt', 'you are not logged in',
  'vous n êtes pas connecté', 'no has iniciado sesión', 'bild anzeigen', 'bild schließen', 'quellen ausblenden',
  'quellen anzeigen', 'click to enlarge', 'klicken zum vergrößern', 'cliquez pour agrandir', 'haga clic para ampliar',
  'clicca per ingrandire', 'clique para ampliar', 'klik om te vergroten', 'kliknij aby powiększyć']);

function test(b: Block): boolean {
  if (b.longParas > 1 || b.len > 600) return false;
  if (labelOnly(b) || datelineOnly(b)) return true;
  if (b.len < 200 && b.longParas === 0 && hasPhrase(b.norm, UI_STRINGS)) return true;
  if (b.len < 300 && hasPhrase(b.norm, COPYRIGHT) && tailShare(b) < 0.3) return true;
  const dense = linkDensity(b);
  if (startsWithPhrase(b.norm, TAG_LABELS) && dense > 0.4 && b.len < 400) return true;
  if (b.pass === 'document' && (b.tag === 'nav' || b.tag === 'footer') && dense > 0.3) return true;
  return hinted(b, HINTS) && dense > 0.5 && b.linkCount >= 2;
}

export const rule: Rule = {
  id: 'site-chrome',
  description: 'Navigation, breadcrumbs, tag lists, site header and footer',
  selectors: [
    'nav', '[role="navigation"]', // menus, breadcrumbs, pagers
    'footer[role="contentinfo"]', 'body > footer', '.site-footer', // page footer
    'header[role="banner"]', '.site-header', // page header (the article's own header is a plain <header>)
    '.breadcrumb', '.breadcrumbs', // breadcrumb trails
    '.skip-link', // accessibility skip links
    '#cookie-banner', '.cookie-banner', '#onetrust-consent-sdk', '.cc-window', // consent banners
  ],
  test,
};
