// Editorial and commercial disclaimers: affiliate and advertising disclosures ("We may earn a
// commission…", "Dieser Artikel enthält Affiliate-Links"), opinion notices ("Dieser Beitrag gibt die
// Meinung des Autors wieder"), "Alle Angaben ohne Gewähr", and print-issue notes ("Dieser Beitrag stammt
// aus Ausgabe 7/2019 von …"). They sit at the head or the tail of the text, are short, and are written
// about the article, not in it: an article ABOUT affiliate marketing has the words mid-text and long.
// Syndication credits ("This article originally appeared on …") stay: readers, and Readability's own
// expected output, keep them.
import type { Block, Rule } from '../types';
import { countPhrases, phrases, startsWithPhrase } from '../text';
import { hinted, reportedSpeech, tailShare } from '../signals';

/** Stock sentences of disclosures and notices (never the reporting itself). */
export const NOTICES = phrases([
  // en
  'advertising disclosure', 'affiliate disclosure', 'advertiser disclosure', 'editorial disclaimer',
  'advertising disclaimer', 'we may receive compensation', 'we may earn a commission', 'we earn a commission',
  'we may receive a commission', 'we receive a small commission', 'i may earn a commission', 'i earn a commission',
  'contains affiliate links', 'contain affiliate links', 'necessarily reflect the views', 'necessarily reflect the opinion*',
  'necessarily those of', 'views expressed in this', 'opinions expressed in this', 'views expressed here',
  'opinions expressed here', 'are those of the author', 'are the author s own',
  'not provided or commissioned', 'otherwise endorsed by', 'this article appears in the', 'this story appears in the',
  // de
  'alle angaben ohne gewähr', 'angaben ohne gewähr', 'gibt die meinung des autors wieder',
  'gibt die meinung der autorin wieder', 'geben die meinung des autors wieder', 'geben immer die meinung',
  'nicht notwendigerweise die der redaktion', 'nicht notwendigerweise die meinung', 'nicht unbedingt die meinung der redaktion', 'enthält affiliate links', 'enthält provisionslinks',
  'erhalten wir eine provision', 'erhalten wir ggf eine provision', 'eine kleine provision', 'links zu anbietern enthalten',
  'enthält werbelinks', 'dieser beitrag stammt aus ausgabe', 'dieser artikel stammt aus ausgabe',
  'dieser beitrag erschien in ausgabe', 'namentlich gekennzeichnete beiträge',
  // fr
  'contient des liens affiliés', 'contient des liens d affiliation', 'n engagent que leur auteur', 'n engage que son auteur',
  'n engagent que leurs auteurs', 'ne reflètent pas nécessairement', 'ne reflète pas nécessairement',
  'nous percevons une commission', 'cet article est paru dans le numéro',
  // es
  'contiene enlaces de afiliados', 'contiene enlaces de afiliado', 'no refleja necesariamente', 'no reflejan necesariamente',
  'no necesariamente refleja', 'recibimos una comisión', 'podemos recibir una comisión',
  'este artículo se publicó en el número',
  // it
  'contiene link affiliati', 'contiene link di affiliazione', 'non riflettono necessariamente', 'non riflette necessariamente',
  'riceviamo una commissione', 'potremmo ricevere una commissione', 'questo articolo è tratto dal numero',
  // pt
  'contém links de afiliados', 'contém links afiliados', 'não reflete necessariamente', 'não refletem necessariamente',
  'recebemos uma comissão', 'podemos receber uma comissão', 'este artigo foi publicado na edição',
  // nl
  'bevat affiliate links', 'niet noodzakelijk de mening', 'geeft niet noodzakelijk', 'ontvangen wij een commissie',
  'ontvangen we een commissie', 'ontvangen wij een vergoeding', 'dit artikel verscheen in nummer',
  // pl
  'zawiera linki afiliacyjne', 'zawiera linki partnerskie', 'nie musi odzwierciedlać', 'nie muszą odzwierciedlać', 'nie odzwierciedla stanowiska',
  'otrzymujemy prowizję', 'możemy otrzymać prowizję', 'artykuł ukazał się w numerze',
  // sv, da, nb
  'innehåller affiliatelänkar', 'innehåller annonslänkar', 'vi kan få provision', 'vi får provision',
  'indeholder affiliate links', 'vi kan modtage provision', 'inneholder affiliatelenker', 'vi kan få provisjon',
  // fi
  'sisältää kumppanilinkkejä', 'saatamme saada palkkion',
  // cs
  'obsahuje affiliate odkazy', 'můžeme získat provizi', 'nemusí vyjadřovat názor redakce',
  // ru
  'содержит партнерские ссылки', 'может не совпадать с мнением редакции', 'не обязательно совпадает с мнением',
]);

/** Labels a disclaimer opens with ("Disclaimer:", "Haftungsausschluss:"). */
export const LABELS = phrases(['disclaimer', 'disclosure', 'haftungsausschluss', 'avertissement', 'aviso legal',
  'avvertenza', 'vrijwaring', 'zastrzeżenie', 'ansvarsfriskrivning', 'ansvarsfraskrivelse', 'vastuuvapauslauseke',
  'upozornění', 'отказ от ответственности']);

const HINTS = ['disclaimer', 'disclosure', 'haftungsausschluss', 'affiliate notice', 'community notice'];

/** Share of the text near either end where disclaimers sit. */
const EDGE = 0.3;

function atEdge(b: Block): boolean {
  return tailShare(b) < EDGE || b.before < b.total * EDGE;
}

function test(b: Block): boolean {
  if (b.len > 500 || b.longParas > 1 || b.formish) return false;
  if (b.len < 300 && hinted(b, HINTS)) return true;
  if (reportedSpeech(b) || countPhrases(b.norm, NOTICES, 1) === 0) return false;
  // "Disclaimer: … not necessarily the views of …" names itself wherever it sits; an author's own
  // "Disclaimer: if you see different sizes…" has no stock sentence and stays.
  if (startsWithPhrase(b.norm, LABELS)) return true;
  return b.len < 350 && atEdge(b);
}

export const rule: Rule = {
  id: 'disclaimer',
  description: 'Affiliate and advertising disclosures, opinion and reprint notices',
  test,
  // Only the edge test depends on where the block sits: at an edge of the finished article, ask again.
  reread: (b) => atEdge(b) && test(b),
};
