// Related-content inserts and lists: "Read also:", "Lire aussi", "Lea también", "Mehr zum Thema",
// "Leggi anche", "Leia também", "Lees ook", "Czytaj też", recommendation widgets. A lead-in plus
// links, or a related-content class plus links; article prose that merely links stays.
import type { Block, Rule } from '../types';
import { containsAny, normalize, phrases, startsWithPhrase } from '../text';
import { hinted, linkDensity, proseLike, tailShare } from '../signals';
import { labelledLink } from '../labelled-link';

/** Lead-ins that open a related-content insert (matched at the start of the block). */
export const LEAD_INS = phrases([
  // en
  'read also', 'also read', 'read more', 'related', 'related articles', 'related stories', 'related content',
  'see also', 'more from', 'more on this', 'more on', 'more stories', 'recommended', 'you may also like',
  'you might also like', 'you may be interested', 'most read', 'most popular', 'trending', 'further reading',
  'more like this', 'don t miss', 'latest news', 'top stories', 'editor s picks', 'continue reading',
  'next article', 'previous article', 'next post', 'previous post', 'read next', 'up next', 'watch',
  'article précédent', 'article suivant', 'nächster artikel', 'vorheriger artikel', 'vorschau auf den nächsten artikel',
  'lesen sie hier', 'siguiente artículo', 'artículo anterior', 'articolo precedente', 'articolo successivo',
  // fr
  'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'voir aussi',
  'sur le même sujet', 'à lire', 'a lire', 'dans la même rubrique', 'les plus lus', 'nos articles',
  'à découvrir', 'a découvrir', 'articles similaires', 'à voir aussi', 'en lien', 'vous aimerez aussi',
  // de
  'mehr zum thema', 'lesen sie auch', 'lesen sie mehr', 'auch interessant', 'das könnte sie auch interessieren',
  'das könnte dich auch interessieren', 'weitere artikel', 'mehr dazu', 'meistgelesen', 'zum thema',
  'weiterlesen', 'zum weiterlesen', 'auch lesen', 'weiterführende links', 'weiterführender link', 'mehr aus',
  'ebenfalls interessant', 'empfehlungen', 'verwandte artikel', 'passend dazu', 'empfohlene beiträge',
  'empfohlene artikel', 'das thema könnte', 'weitere beiträge', 'weitere artikel', 'meist diskutiert', 'meistdiskutiert',
  'meistkommentiert', 'entdecke weitere', 'entdecken sie weitere', 'sie wollen mehr', 'most discussed',
  'most commented', 'discover more', 'les plus commentés', 'vidéos sur le sujet', 'más comentad*', 'più commentati',
  'mais comentad*', 'meest besproken', 'najczęściej komentowane',
  'artikel zum thema', 'artikel und videos zum thema', 'videos zum thema', 'audios und videos zum thema',
  'audios et vidéos sur le sujet', 'articles sur le même sujet', 'more on the topic', 'articles on this topic',
  'audios y videos sobre el tema', 'artículos sobre el tema', 'audio e video sul tema', 'articoli sul tema',
  'áudios e vídeos sobre o assunto', 'artigos sobre o tema', 'artikelen over dit onderwerp', 'artykuły na ten temat',
  // es
  'lea también', 'lee también', 'leer también', 'te puede interesar', 'le puede interesar', 'relacionad*',
  'más noticias', 'lo más leído', 'también te puede', 'ver también', 'más información', 'noticias relacionadas',
  'vea también', 'mire', 'mira también', 'lee también', 'ver más', 'te recomendamos', 'recomendamos',
  // it
  'leggi anche', 'potrebbe interessarti', 'articoli correlati', 'ti potrebbe interessare', 'più letti',
  'correlati', 'vedi anche', 'leggi di più',
  // pt
  'leia também', 'veja também', 'leia mais', 'relacionados', 'mais lidas', 'saiba mais', 'veja mais',
  // nl
  'lees ook', 'lees meer', 'gerelateerd*', 'meer over', 'meest gelezen', 'bekijk ook', 'ook interessant',
  // pl
  'czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'polecamy', 'przeczytaj też', 'przeczytaj także',
  'czytaj więcej', 'najczęściej czytane', 'podobne artykuły',
  // sv, da, nb
  'läs också', 'läs även', 'läs mer', 'mest läst', 'relaterade artiklar', 'fler artiklar', 'læs også', 'læs mere',
  'mest læste', 'relaterede artikler', 'les også', 'les mer', 'mest lest', 'relaterte saker', 'relaterte artikler',
  // fi
  'lue myös', 'lue lisää', 'luetuimmat', 'aiheesta lisää', 'aiheeseen liittyvät',
  // cs
  'čtěte také', 'čtěte též', 'přečtěte si také', 'související články', 'nejčtenější', 'mohlo by vás zajímat',
  // ru
  'читайте также', 'читайте еще', 'читайте ещё', 'по теме', 'похожие статьи', 'самое читаемое', 'смотрите также',
  'вам может быть интересно',
  // el
  'διαβάστε επίσης', 'διαβάστε ακόμα', 'διαβάστε ακόμη', 'σχετικά άρθρα', 'δείτε επίσης', 'τα πιο δημοφιλή',
  // tr
  'ilgili haber*', 'bunu da okuyun', 'bunları da okuyun', 'ilginizi çekebilir', 'bunlar da ilginizi çekebilir',
  'benzer haberler', 'en çok okunan*',
  // ro
  'citește și', 'citeşte şi', 'citiți și', 'citiţi şi', 'articole similare', 'cele mai citite', 'vezi și', 'vezi şi',
  // uk
  'читайте також', 'дивіться також', 'схожі статті', 'за темою', 'найпопулярніше', 'вас може зацікавити',
  // ar
  'اقرأ أيضا', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرأ المزيد', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'مقالات ذات صلة',
  'الأكثر قراءة', 'قد يهمك', 'اقرأ أيضًا',
  // ja
  '関連記事', 'あわせて読みたい', '合わせて読みたい', 'こちらもおすすめ', 'おすすめ記事', 'よく読まれている記事',
  // zh
  '相关阅读', '相关文章', '相关新闻', '延伸阅读', '推荐阅读', '热门文章', '相關閱讀', '相關文章', '延伸閱讀',
  '相關新聞', '推薦閱讀',
  // ko
  '관련 기사', '관련기사', '함께 읽으면 좋은', '많이 본 뉴스', '추천 기사',
  // id, vi
  'baca juga', 'baca pula', 'berita terkait', 'artikel terkait', 'terpopuler', 'xem thêm', 'đọc thêm', 'tin liên quan',
  'bài liên quan', 'tin đọc nhiều',
  // hi, he
  'ये भी पढ़ें', 'यह भी पढ़ें', 'इसे भी पढ़ें', 'संबंधित खबरें', 'संबंधित ख़बरें', 'קראו גם', 'עוד בנושא', 'כתבות נוספות',
  'כתבות קשורות', 'הנקראים ביותר',
  // hu, fa
  'kapcsolódó cikk*', 'ezt is olvasd el', 'ezt is ajánljuk', 'ajánlott cikkek', 'legolvasottabb', 'bővebben',
  'بیشتر بخوانید', 'بخوانید', 'مطالب مرتبط', 'اخبار مرتبط', 'پربازدیدترین',
  // ca, hr/sr/bs, sk, bg, bn
  'llegiu també', 'llegeix també', 'notícies relacionades', 'et pot interessar', 'el més llegit', 'pročitajte i',
  'pročitajte još', 'povezani članci', 'vezane vijesti', 'vezane vesti', 'najčitanije', 'čítajte aj',
  'prečítajte si aj', 'súvisiace články', 'najčítanejšie', 'прочетете още', 'още по темата', 'свързани статии',
  'най четени', 'আরও পড়ুন', 'আরো পড়ুন', 'সম্পর্কিত খবর', 'আরও খবর', 'সর্বাধিক পঠিত',
  'อ่านเพิ่มเติม', 'ข่าวที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'ข่าวแนะนำ',
]);

const HINTS = ['related', 'recommend', 'read more', 'readmore', 'more stories', 'morestories', 'also read',
  'outbrain', 'taboola', 'see also', 'seealso', 'lire aussi', 'mehr zum thema', 'crosslink', 'jp relatedposts',
  'yarpp', 'rel posts', 'trending', 'most read', 'mostread', 'most popular', 'recirc', 'more from', 'teaser list',
  'teaserlist', 'inline teaser', 'article teaser', 'read next', 'readnext', 'up next', 'nativo', 'plista',
  'linked articles', 'mas noticias', 'leggi anche', 'leia tambem', 'lees ook', 'czytaj'];

/** Unambiguous names of related-post boxes (class/id words). */
const RELATED_BOX = ['related posts', 'relatedposts', 'related articles', 'related stories', 'related news',
  'more stories', 'read next', 'recommended articles', 'recommended posts', 'you may also like', 'weitere artikel',
  'verwandte artikel', 'articles similaires', 'articulos relacionados', 'articoli correlati', 'artigos relacionados',
  'gerelateerde artikelen', 'podobne artykuly'];

/** Teaser cards ("sz-teaser", "teaser-card"): only when the block is mostly link text. */
const TEASER_HINTS = ['teaser'];

/** Elements following a lead-in heading that was just removed: the list it introduced. */
const followers = new WeakSet<Element>();

/** A full stop, in Latin, Chinese and Japanese punctuation: a label ends with ":", "?" ("Sie wollen mehr
 *  von uns?") or nothing, a sentence with a full stop. */
const SENTENCE_END = /[.。．]["”»」』)]?\s*$/u;

function leadIn(b: Block): boolean {
  return startsWithPhrase(b.norm, LEAD_INS);
}

/**
 * The box opens with a lead-in element whose text is glued to the first link's in textContent
 * ("…zum ThemaGegen Peking…"), so the block's own words do not start with the phrase: ask the
 * first child (or its first child) on its own.
 */
function leadInChild(b: Block): boolean {
  const first = b.el.firstElementChild;
  for (const el of [first, first?.firstElementChild]) {
    const t = el?.textContent ?? '';
    if (t.trim() !== '' && t.length <= 80 && el?.localName !== 'a') return startsWithPhrase(normalize(t), LEAD_INS);
  }
  return false;
}

/** Share of the article text allowed after a trailing link block (more links, a signature). */
const TAIL = 0.06;

const SOURCES = ['reference', 'footnote', 'citation', 'bibliograph', 'endnote', 'sources', 'quellen', 'fuentes',
  'notes', 'refs'];

function trailingLinks(b: Block, dense: number): boolean {
  if (b.linkCount === 0 || dense < 0.85 || b.longParas > 0 || b.formish) return false;
  // One link line, or a short list of a few (a long trailing list may be the article's own sources).
  if (b.len > (b.linkCount > 1 ? 200 : 120) || b.linkCount > 3 || tailShare(b) > TAIL) return false;
  // Reference lists and footnotes (numbered, cited titles, visible URLs) are the article's sources.
  if (b.tag === 'ol' || b.el.parentElement?.localName === 'ol' || containsAny(b.ancestorHints, SOURCES)) return false;
  if (b.text.includes('://') || b.text.includes('^') || b.text.includes('"') || b.text.includes('“')) return false;
  // Never the article's only text, nor a block that is most of a short article.
  return b.size < b.total * 0.2;
}

function test(b: Block): boolean {
  if (followers.has(b.el)) return b.linkCount > 0 && linkDensity(b) > 0.4 && b.len < 1500;
  if (proseLike(b) && !hinted(b, HINTS)) return false;
  const dense = linkDensity(b);
  // "Lire aussi : <a>…</a>" inserted between paragraphs, or a titled link box.
  if (b.len < 1500 && b.linkCount > 0 && dense > 0.45 && (leadIn(b) || leadInChild(b))) return true;
  // The same line with a label we have no words for.
  if (labelledLink(b)) return true;
  // A lone lead-in heading followed by a link list.
  if (b.len < 60 && b.linkCount === 0 && b.tag !== 'p' && leadIn(b)) {
    const next = b.el.nextElementSibling;
    const nextLinks = next ? next.getElementsByTagName('a').length : 0;
    if (next && nextLinks > 0) {
      const nextLen = (next.textContent ?? '').length;
      let linkText = 0;
      for (const a of Array.from(next.getElementsByTagName('a'))) linkText += (a.textContent ?? '').length;
      if (nextLen > 0 && linkText / nextLen > 0.4) { followers.add(next); return true; }
    }
  }
  // A dangling lead-in label ("Auch interessant", "Zum Weiterlesen:", "関連記事") whose links sit
  // elsewhere; words counted as written, since Chinese, Japanese and Thai put no spaces in a label, and
  // a label is no sentence ("相关阅读材料已经分发给所有代表。", "Читайте також заяву міністерства, радить речник.").
  if (b.len < 50 && b.linkCount === 0 && !b.formish && leadIn(b) && b.text.split(' ').length <= 8 &&
    !SENTENCE_END.test(b.text)) return true;
  // After the last paragraph of prose: stand-alone link lines and link lists ("Hier das Tableau",
  // teaser titles) point elsewhere; inside the body the same line would be part of the story.
  if (b.pass === 'article' && trailingLinks(b, dense)) return true;
  // A teaser card inside the text: a box that is one link to another article (kicker, title, summary).
  if (dense > 0.6 && b.len < 600 && b.longParas === 0 && hinted(b, TEASER_HINTS)) return true;
  // A box named for related posts holds teasers with excerpts: its density says little, its name all.
  if (b.linkCount >= 2 && b.longParas < 8 && hinted(b, RELATED_BOX)) return true;
  // Related-content widgets by class/id, when they are mostly links.
  if (hinted(b, HINTS) && b.linkCount > 0 && (dense > 0.3 || b.len < 200 && dense > 0.15) && b.longParas < 3) return true;
  return false;
}

/**
 * The article pass's second look at a block the document pass kept, for what Readability changed
 * around it: at the end of the article a link line is a trailing link, not part of the story, and a
 * lead-in heading may now stand before a link list.
 */
function reread(b: Block): boolean {
  if (followers.has(b.el)) return test(b);
  // A lone lead-in heading is judged with the element after it, which Readability may have changed.
  const after = b.tag === 'p' ? null : b.el.nextElementSibling;
  if (after && after.getElementsByTagName('a').length > 0 && b.len < 60) return test(b);
  // Far from the end, nothing here can be a trailing line: settled before the block's text is read.
  if (tailShare(b) > TAIL) return false;
  if (proseLike(b) && !hinted(b, HINTS)) return false;
  return trailingLinks(b, linkDensity(b));
}

export const rule: Rule = {
  id: 'related-links',
  description: 'Related-article inserts and lists ("Read also", "Lire aussi", "Mehr zum Thema")',
  selectors: [
    '.jp-relatedposts', // WordPress Jetpack
    '.yarpp-related', // WordPress YARPP plugin
    '.OUTBRAIN', '[data-widget-id][class*="outbrain"]', // Outbrain widget
    '[id^="taboola"]', '.trc_related_container', // Taboola widget
    '.related-posts', '.related-articles', '.related-stories', // common theme classes (WordPress, Drupal)
  ],
  test,
  reread,
};
