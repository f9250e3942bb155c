// Comment sections and prompts to comment: "Leave a comment", "Kommentar schreiben", "Réagissez",
// "Deja un comentario", Disqus/Coral/WordPress comment areas with their forms.
import type { Block, Rule } from '../types';
import { errorReportPrompt, readerPoll } from '../poll';
import { hasPhrase, phrases, startsWithPhrase } from '../text';
import { hintWord, hinted, linkDensity, proseLike } from '../signals';

export const PROMPTS = phrases([
  // en
  'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'add your comment', 'join the discussion',
  'join the conversation', 'show comments', 'view comments', 'comments are closed', 'write a comment',
  'comment on this', 'have your say', 'what do you think', 'be the first to comment', 'load comments',
  'comments closed', 'was this article helpful', 'did you find this article', 'letter to the editor',
  'we want to hear what you think', 'submit a letter to the editor', 'submit your letter',
  // fr
  'laisser un commentaire', 'laissez un commentaire', 'ajouter un commentaire', 'écrire un commentaire',
  'réagissez', 'réagir à cet article', 'voir les commentaires', 'afficher les commentaires',
  'soyez le premier à commenter', 'les commentaires sont fermés',
  // de
  'kommentar schreiben', 'kommentieren', 'diskutieren sie mit', 'zu den kommentaren', 'kommentare anzeigen',
  'kommentare lesen', 'schreiben sie einen kommentar', 'ihre meinung', 'diskutiere mit', 'kommentare schreiben',
  'kommentare geschlossen', 'kommentar verfassen', 'war der artikel nützlich', 'war dieser artikel hilfreich',
  'kommentar zu hinterlassen', 'einen kommentar hinterlassen', 'kommentare deaktiviert', 'ihr kommentar ist zu lang',
  'beim absenden ihres kommentar*', 'kommentare zu diesem text', 'kommentare zu diesem artikel',
  'cet article vous a t il été utile', 'ce article vous a été utile', 'puede escribirnos', 'escríbenos',
  'te ha resultado útil', 'ti è stato utile', 'foi útil', 'was dit artikel nuttig', 'czy ten artykuł był pomocny',
  // es
  'deja un comentario', 'deja tu comentario', 'escribe un comentario', 'ver comentarios', 'comentar',
  'añadir comentario',
  // it
  'lascia un commento', 'lascia un tuo commento', 'scrivi un commento', 'commenta', 'mostra commenti',
  // pt
  'deixe um comentário', 'deixe seu comentário', 'deixe o seu comentário', 'comente', 'ver comentários',
  // nl
  'reageer', 'plaats een reactie', 'laat een reactie achter', 'bekijk reacties', 'schrijf een reactie',
  // pl
  'dodaj komentarz', 'skomentuj', 'napisz komentarz', 'zobacz komentarze', 'pokaż komentarze',
  // sv, da, nb
  'skriv en kommentar', 'lämna en kommentar', 'visa kommentarer', 'kommentera artikeln', 'kommenter artiklen',
  'vis kommentarer', 'læs kommentarer', 'kommenter saken',
  // fi
  'kommentoi', 'jätä kommentti', 'näytä kommentit', 'kirjoita kommentti',
  // cs
  'přidat komentář', 'napište komentář', 'zobrazit komentáře', 'diskuse k článku',
  // ru
  'оставить комментарий', 'оставьте комментарий', 'написать комментарий', 'показать комментарии',
  // el, tr, ro, uk, hu
  'αφήστε ένα σχόλιο', 'γράψτε ένα σχόλιο', 'προβολή σχολίων', 'yorum yapın', 'yorum yaz*', 'yorumları göster',
  'bir yorum bırakın', 'ilk yorumu siz yapın', 'lasă un comentariu', 'adaugă un comentariu', 'scrie un comentariu',
  'vezi comentariile', 'залишити коментар', 'залиште коментар', 'написати коментар', 'показати коментарі',
  'szólj hozzá', 'szóljon hozzá', 'írj hozzászólást', 'hozzászólások megjelenítése', 'írja meg véleményét',
  // ar, fa, he, hi
  'أضف تعليقا', 'اترك تعليقا', 'اكتب تعليقا', 'عرض التعليقات', 'شاركنا رأيك', 'نظر خود را بنویسید', 'ارسال نظر',
  'دیدگاه خود را بنویسید', 'הוסיפו תגובה', 'כתבו תגובה', 'הגיבו לכתבה', 'टिप्पणी करें', 'अपनी राय दें', 'कमेंट करें',
  'टिप्पणियां देखें',
  // id, vi
  'tulis komentar', 'tinggalkan komentar', 'lihat komentar', 'berikan komentar', 'viết bình luận', 'gửi bình luận',
  'xem bình luận',
  // ja, zh, ko
  'コメントを書く', 'コメントする', 'コメントを見る', '发表评论', '發表評論', '查看评论', '查看評論', '我要评论',
  '댓글 쓰기', '댓글을 남겨', '댓글 보기',
  // ca, hr/sr/bs, sk, bg, bn
  'deixa un comentari', 'escriu un comentari', 'ostavite komentar', 'napišite komentar', 'pridať komentár',
  'napíšte komentár', 'zobraziť komentáre', 'напишете коментар', 'покажи коментарите', 'মন্তব্য করুন', 'মন্তব্য লিখুন',
  'แสดงความคิดเห็น',
  // star-rating widgets
  'rate this article', 'rate this post', 'no ratings yet', 'noch keine bewertungen', 'artikel bewerten',
  'bewerten sie diesen artikel', 'notez cet article', 'évaluez cet article', 'valora esta noticia',
  'valora este artículo', 'vota questo articolo', 'avalie esta notícia', 'avalie este artigo',
  'beoordeel dit artikel', 'oceń artykuł', 'oceń ten artykuł',
]);

// Section words only: a singular "comment" class also marks live-blog entries and editorial notes.
const HINT_WORDS = ['comments', 'commentlist', 'comentarios', 'commenti', 'commentaires', 'kommentare', 'reacties',
  'komentarze', 'respond', 'disqus', 'replies', 'kommentarer', 'kommentit', 'komentare', 'yorumlar', 'comentarii',
  'hozzaszolasok'];
const HINT_STEMS = ['disqus', 'comment list', 'comments area', 'comment respond', 'coral', 'viafoura',
  'comment form', 'commentform', 'comments section', 'comment section', 'fb comments', 'talk embed'];

/** A comment counter on its own line: "12 comments", "Dieser Artikel hat 32 Kommentare." */
const COUNTER = /^(?:(?:dieser artikel hat|this (?:article|post) has|cet article a)\s+)?\d{1,6}\s+(?:kommentare?|comments?|responses?|replies|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?|yorum|σχόλια|comentarii|коментар(?:і|ів)?|hozzászólás|komentar|bình luận|תגובות|تعليقا?ت?)\.?$/i;

function test(b: Block): boolean {
  // A reader poll asks for a vote, as a comment box asks for a comment (poll.ts).
  if (readerPoll(b) || errorReportPrompt(b)) return true;
  const hint = hintWord(b.hints, HINT_WORDS) || hinted(b, HINT_STEMS);
  if (hint && (b.textarea || b.pass === 'document')) return true;
  if (b.textarea && hasPhrase(b.norm, PROMPTS)) return true;
  if (proseLike(b)) return false;
  // Only a comment form or a short line can be a prompt (checked first: the phrase test is the cost).
  if (!b.textarea && b.len >= 200) return false;
  return promptLine(b) || (hint && b.len < 200) || (b.len < 60 && COUNTER.test(b.text));
}

/** A call to comment is a button, a link or a line that opens with the call ("Kommentare anzeigen",
 *  "Réagir à cet article", "Be the first to comment!"); a sentence that only uses the words is news
 *  ("Der Konzern wollte das nicht kommentieren.", "该公司拒绝发表评论。"). */
function promptLine(b: Block): boolean {
  if (!hasPhrase(b.norm, PROMPTS)) return false;
  return startsWithPhrase(b.norm, PROMPTS) || b.formish || (b.linkCount > 0 && linkDensity(b) > 0.5) ||
    (b.len < 80 && /\?\s*$/.test(b.text)) || (b.len < 160 && /!\s*$/.test(b.text)) || hasPhrase(b.norm, SIGN_IN);
}

/** The comment form's own messages ask the reader to sign in ("Um einen Kommentar zu hinterlassen, melden
 *  Sie sich bitte an."). */
const SIGN_IN = phrases(['melden sie sich', 'bitte anmelden', 'bitte einloggen', 'eingeloggt', 'angemeldet sein', 'log in', 'sign in', 'logged in',
  'connectez vous', 'identifiez vous', 'inicia sesión', 'inicie sesión', 'accedi', 'faça login', 'inicie sessão',
  'log in om', 'zaloguj się', 'войдите']);

export const rule: Rule = {
  id: 'comment-prompt',
  description: 'Comment sections, prompts to comment, reader polls and ratings',
  selectors: [
    '#disqus_thread', // Disqus embed
    '#comments', '.comments-area', '#respond', '.comment-respond', '.commentlist', '.comment-list', // WordPress
    '#coral_thread', // Coral Project
    '.fb-comments', // Facebook comments plugin
    '#kommentare', '.kommentare', // German CMSs
  ],
  test,
};
