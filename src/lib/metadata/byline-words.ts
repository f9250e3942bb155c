// Knowledge about how bylines are written, in the languages news sites use: the words, not the rules.
// creators.ts, byline.ts and dom-scan.ts build their patterns from these lists (lib/regexp.ts); the lists are tested
// (test/lib/metadata/byline-words.test.ts) so that a word added here is a word the rules read.

/** The newsroom crediting itself instead of a person ("Redaktion", "Web Desk", "Redakcja"). Lower case. */
export const NEWSROOM_WORDS: readonly string[] = [
  'rédaction', 'redaction', 'redaktion', 'redacción', 'redaccion', 'redazione', 'redactie', 'redação', 'redacao',
  'redacció', 'redakcja', 'redakce', 'redakcia', 'redakcija', 'redakcijа', 'uredništvo', 'redaksi', 'redaksiyon',
  'redaksjonen', 'redaktionen', 'redaktsioon', 'toimitus', 'szerkesztőség', 'redacția', 'redactia', 'редакция',
  'редакція', 'редакција', 'редакцията', 'σύνταξη', 'מערכת', 'التحرير', 'هيئة التحرير', 'تحریریه',
  'staff', 'editorial board', 'editors', 'newsroom', 'web desk', 'news desk', 'online desk', 'digital desk',
  'city desk', 'desk', 'editorial', 'bureau', 'red.', 'admin', 'administrator', 'haber merkezi',
];

/** Path segments of author profile pages ("/author/jane-doe", "/profile/ana-del-rio", "/autorzy/…"). */
export const AUTHOR_PATH_SEGMENTS: readonly string[] = [
  'author', 'authors', 'autor', 'autores', 'autoren', 'autori', 'autore', 'auteur', 'auteurs', 'autorzy', 'autorius',
  'redakteur', 'redakteure', 'redakteurin', 'redaktor', 'redaktoren', 'journalist', 'journalisten', 'journalister',
  'journalists', 'giornalisti', 'periodistas', 'jornalistas', 'reporter', 'reporters', 'writer', 'writers',
  'columnist', 'columnists', 'contributor', 'contributors', 'profile', 'profiles', 'staff', 'by',
  'yazar', 'yazarlar', 'penulis', 'forfatter', 'skribent', 'toimittaja', 'szerzo', 'avtor', 'автор', 'авторы',
];

/** Class-name words for a byline or signature, in the languages class names are written in. */
export const BYLINE_CLASS_WORDS: readonly string[] = [
  'byline', 'author', 'signature', 'autor', 'auteur', 'autore', 'writer', 'reporter', 'firma', 'verfasser', 'yazar',
  'penulis', 'forfatter', 'skribent', 'assinatura', 'signatur', 'podpis', 'potpis', 'allekirjoitus', 'firmas',
];

/**
 * Credits on a byline line that name someone who did not write the story: photos, editing,
 * translation, graphics ("Fotos: …", "Снимки: …", "Edited by …"). Lower case; a colon or "by" follows.
 */
export const NOT_AUTHOR_CREDITS: readonly string[] = [
  'edited', 'edit', 'editing', 'illustrated', 'illustration', 'illustrations', 'photo', 'photos', 'photograph',
  'photographs', 'photography', 'foto', 'fotos', 'fotografia', 'fotografie', 'fotografías', 'bild',
  'bilder', 'pictures', 'images', 'translated', 'translation', 'traduction', 'übersetzung', 'traducción', 'video',
  'graphics', 'graphic', 'additional reporting', 'crédit photo', 'crédits photo', 'photo credit', 'фото',
  'фотографии', 'снимки', 'снимка', 'світлини', 'φωτογραφία', 'φωτογραφίες', 'zdjęcia', 'zdjęcie', 'kuvat', 'kuva',
  'عکس', 'صور', 'تصوير', 'צילום', 'ফটো', 'फोटो', 'संपादन', 'संपादित', 'एडिटेड बाय', 'एडिटर', 'edited by', 'sub-edited',
  // The editor's own label ("Editor: Dewi Kartika Sari", "Toimetaja: …", "Redaktur: …"), and Thai "ภาพ" (photo).
  'editor', 'editora', 'redaktur', 'penyunting', 'toimetaja', 'toimittanut', 'ภาพ', 'ภาพถ่าย',
];

/** Share and follow buttons, and their labels, that sit inside bylines. Lower case. */
export const BYLINE_UI_WORDS: readonly string[] = [
  'share', 'tweet', 'follow', 'email', 'e-mail', 'print', 'comment', 'comments', 'subscribe', 'save', 'listen', 'copy',
  'link', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'pinterest', 'messenger',
  'partager', 'tweeter', 'suivre', 'imprimer', 'teilen', 'folgen', 'drucken', 'compartir', 'seguir', 'imprimir',
  'condividi', 'delen', 'volgen', 'udostępnij', 'sdílet', 'поделиться', 'поширити',
  '댓글', '공유', '구독', '스크랩', '인쇄', 'コメント', 'シェア', '印刷', '评论', '評論', '分享', '打印', '列印',
];


/**
 * Academic and professional titles written before a name ("Dr. Anna Berg", "د. ليلى عبد الرحمن",
 * "Prof. Dr. Hans Müller"): citation styles name the person without them. Lower case, with the dot.
 */
export const HONORIFICS: readonly string[] = [
  'dr.', 'dr', 'dra.', 'drs.', 'prof.', 'prof', 'profa.', 'prof.ssa', 'dott.', 'dott.ssa', 'mag.', 'ing.', 'dipl.-ing.',
  'mgr.', 'doc.', 'doç.', 'dr hab.', 'dr. hab.', 'univ.-prof.', 'pr', 'pr.', 'д-р', 'проф.', 'др', 'δρ.', 'καθ.',
  'د.', 'أ.د.', 'ا.د.', 'م.', 'دکتر', 'ד"ר', 'ד״ר', "פרופ'", 'פרופ׳', 'डॉ.', 'डॉ', 'ডা.', 'ড.', 'dr.ir.', 'ir.',
];

/**
 * What a CMS writes around an author link that is not a byline ("View all posts by Rhodri ap
 * Iorwerth", WordPress's author link in the bio box; its translations). Lower case, before the name.
 */
export const AUTHOR_LINK_LABELS: readonly string[] = [
  'view all posts by', 'all posts by', 'more posts by', 'posts by', 'see all posts by', 'more from', 'more articles by',
  'all articles by', 'articles by', 'see all articles by', 'stories by', 'more stories by', 'voir tous les articles de',
  'voir tous les articles par', 'tous les articles de', 'articles de', 'alle beiträge von', 'alle artikel von',
  'weitere artikel von', 'mehr von', 'ver todas las entradas de', 'todas las entradas de', 'ver todos los artículos de',
  'más artículos de', 'entradas de', 'vedi tutti gli articoli di', 'tutti gli articoli di', 'articoli di',
  'ver todos os posts de', 'todos os posts de', 'ver todos os artigos de', 'bekijk alle berichten van',
  'alle berichten van', 'alla inlägg av', 'se alle innlegg av', 'se alle indlæg af', 'wszystkie wpisy',
  'wszystkie artykuły', 'všechny příspěvky', 'tüm yazıları', 'все записи', 'все статьи',
];

/**
 * Class words of the fields a byline row sets beside the name in inline elements: the place filed
 * from, the date and time, the update, the job title ("<span class=lugar>Calarcá, Quindío</span>").
 * Each such element is a line of its own (block-text.ts). Lower case; matched against a class's
 * parts split at "-" and "_".
 */
export const BYLINE_FIELD_CLASS_WORDS: readonly string[] = [
  'place', 'location', 'loc', 'city', 'ciudad', 'cidade', 'citta', 'stadt', 'dateline', 'lugar', 'lloc', 'lieu', 'ville', 'ort', 'luogo', 'localidade', 'local',
  'plaats', 'miejsce', 'date', 'time', 'timestamp', 'published', 'updated', 'modified', 'data', 'fecha', 'datum', 'hora',
  'heure', 'zeit', 'uhrzeit', 'tarih', 'act', 'actualizado', 'actualitzat', 'aktualisiert', 'role', 'job', 'position',
  'cargo', 'fonction', 'funktion',
];

/** Languages whose speakers often go by a single name (Indonesian, Javanese, Sundanese, Burmese): one
 *  capitalised word in a byline there is a person, not an organisation. */
export const MONONYM_LANGUAGES: ReadonlySet<string> = new Set(['id', 'jv', 'su', 'my']);
