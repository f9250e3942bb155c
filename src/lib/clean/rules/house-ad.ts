// The publisher's own adverts between paragraphs: one short line with a link that sends the reader to a
// shop, an offer or a sign-up ("Besuchen Sie unseren Fan-Shop!", "Szukasz lokalu? Zobacz oferty na …",
// "Print edition now digital! Click here to register"). An imperative call plus a link, in a short
// block; the same words inside a paragraph of prose, or quoted, are the story.
import type { Block, Rule } from '../types';
import { hasPhrase, phrases } from '../text';
import { quoted, reportedSpeech, sentenceRun } from '../signals';
import { podcastPromo } from '../podcast-platforms';

export const CALLS = phrases([
  // en
  'click here', 'visit our shop', 'visit our store', 'shop now', 'buy now', 'order now', 'order your copy',
  'see offers', 'see the offers', 'view offers', 'register now', 'get your copy', 'get your tickets', 'book now',
  // de
  'hier klicken', 'klicken sie hier', 'klicke hier', 'besuchen sie unseren', 'besuche unseren', 'zum shop',
  'zum online shop', 'jetzt bestellen', 'hier bestellen', 'jetzt kaufen', 'aktuelle ausgabe bestellen',
  'jetzt registrieren', 'jetzt buchen', 'tickets sichern', 'jetzt entdecken', 'gleich reinschauen',
  'zu den angeboten',
  // fr
  'cliquez ici', 'visitez notre boutique', 'notre boutique', 'commandez', 'voir les offres', 'achetez',
  // es
  'haz clic aquí', 'haga clic aquí', 'pincha aquí', 'visita nuestra tienda', 'nuestra tienda', 'compra ahora',
  'ver ofertas',
  // it
  'clicca qui', 'visita il nostro shop', 'il nostro negozio', 'acquista ora', 'vedi le offerte',
  // pt
  'clique aqui', 'visite nossa loja', 'nossa loja', 'compre agora', 'ver ofertas',
  // nl
  'klik hier', 'bezoek onze winkel', 'onze webshop', 'bestel nu', 'bekijk de aanbiedingen',
  // pl
  'kliknij tutaj', 'kliknij tu', 'odwiedź nasz sklep', 'nasz sklep', 'kup teraz', 'zobacz oferty', 'zamów teraz',
  // sv, da, nb
  'klicka här', 'besök vår butik', 'köp nu', 'beställ nu', 'klik her', 'besøg vores butik', 'køb nu', 'bestil nu',
  'besøk vår butikk', 'kjøp nå', 'bestill nå',
  // fi
  'klikkaa tästä', 'osta nyt', 'tilaa nyt', 'tutustu tarjouksiin',
  // cs
  'klikněte zde', 'navštivte náš obchod', 'kupte nyní', 'objednejte nyní',
  // ru
  'нажмите здесь', 'купить сейчас', 'закажите сейчас', 'наш магазин',
]);

function test(b: Block): boolean {
  // The outlet's podcast: a box or line sending the reader to its platforms (podcast-platforms.ts).
  // Before Readability only one standing among the story's blocks, not part of a larger box (an
  // appeal's "listen to our podcast" row), which its own rule takes whole.
  if ((b.pass === 'article' || standsInText(b)) && podcastPromo(b)) return true;
  // One line that carries its link: longer blocks, link-less sentences and quotations are text.
  if (b.len > 200 || b.linkCount === 0 || b.linkCount > 2 || b.longParas > 0 || b.formish) return false;
  if (sentenceRun(b) || !hasPhrase(b.norm, CALLS)) return false;
  return !reportedSpeech(b) && !quoted(b);
}

/** The block's parent holds far more text than it: the block is one of a container's many blocks. */
function standsInText(b: Block): boolean {
  const parent = b.el.parentElement;
  return !!parent && (parent.textContent ?? '').length >= 4 * (b.el.textContent ?? '').length;
}

export const rule: Rule = {
  id: 'house-ad',
  description: 'The publisher\'s own adverts: shop, offer and sign-up lines with a link ("click here", "visit our shop")',
  test,
};
