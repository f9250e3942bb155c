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
];

/** Share and follow buttons, and their labels, that sit inside bylines. Lower case. */
export const BYLINE_UI_WORDS: readonly string[] = [
  'share', 'tweet', 'follow', 'email', 'e-mail', 'print', 'comment', 'comments', 'subscribe', 'save', 'listen', 'copy',
  'link', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'pinterest', 'messenger',
  'partager', 'tweeter', 'suivre', 'imprimer', 'teilen', 'folgen', 'drucken', 'compartir', 'seguir', 'imprimir',
  'condividi', 'delen', 'volgen', 'udostępnij', 'sdílet', 'поделиться', 'поширити',
];

