// Share bars: rows of "Share / Tweet / E-mail / WhatsApp" buttons, share-intent links, shariff and
// AddThis widgets. Recognised by their links (share intents), their words and their size.
import type { Block, Rule } from '../types';
import { countPhrases, hasPhrase, phrases } from '../text';
import { hinted, isSentence, linkDensity, linksTo, SHARE_URLS } from '../signals';

export const WORDS = phrases(['share', 'shares', 'tweet', 'post', 'e mail', 'email', 'mail', 'print', 'copy link',
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'flipboard', 'pocket',
  'messenger', 'bluesky', 'threads', 'xing', 'partager', 'partagez', 'tweeter', 'imprimer', 'envoyer', 'teilen',
  'drucken', 'teilen sie', 'artikel teilen', 'link kopieren', 'compartir', 'comparte', 'imprimir', 'copiar enlace',
  'condividi', 'stampa', 'compartilhar', 'compartilhe', 'partilhar', 'delen', 'deel', 'afdrukken', 'udostępnij',
  'drukuj', 'kopiuj link', 'copied', 'comments', 'kommentare', 'commentaires', 'comentarios', 'facebook messenger',
  // ('del', Danish and Norwegian for "share", is Spanish for "of the": left out)
  'dela', 'skriv ut', 'kopiera länk', 'kopiér link', 'kopier lenke', 'jaa', 'tulosta', 'kopioi linkki', 'sdílet',
  'sdílejte', 'tisk', 'vytisknout', 'kopírovat odkaz', 'поделиться', 'печать', 'скопировать ссылку', 'вконтакте',
  'одноклассники',
  'κοινοποίηση', 'μοιραστείτε', 'εκτύπωση', 'paylaş', 'yazdır', 'bağlantıyı kopyala', 'distribuie', 'printează',
  'copiază linkul', 'поділитися', 'друк', 'скопіювати посилання', 'megosztás', 'nyomtatás', 'link másolása', 'شارك',
  'مشاركة', 'طباعة', 'نسخ الرابط', 'اشتراک گذاری', 'چاپ', 'کپی لینک', 'שתפו', 'שיתוף', 'הדפסה', 'העתקת קישור',
  'शेयर', 'शेयर करें', 'प्रिंट', 'bagikan', 'salin tautan', 'cetak', 'chia sẻ', 'sao chép liên kết', 'シェア',
  'ツイート', '印刷', 'リンクをコピー', '分享', '打印', '复制链接', '複製連結', '공유', '공유하기', '인쇄', '링크 복사',
  'kakaotalk', 'weibo', '微博', '微信', 'vk',
  'comparteix', 'imprimeix', 'copia l enllaç', 'podijeli', 'podeli', 'ispiši', 'kopiraj poveznicu', 'kopiraj link',
  'zdieľať', 'zdieľajte', 'tlačiť', 'kopírovať odkaz', 'сподели', 'споделете', 'принтирай', 'копирай връзката',
  'শেয়ার', 'শেয়ার করুন', 'প্রিন্ট', 'লিংক কপি', 'แชร์', 'คัดลอกลิงก์']);

const HINTS = ['share', 'sharing', 'sharer', 'shariff', 'addthis', 'addtoany', 'a2a', 'ssba', 'sharedaddy',
  'social buttons', 'social links', 'socialbar', 'social bar', 'social icons', 'social media', 'socials',
  'teilen', 'partage', 'compartir', 'condividi', 'rrss', 'sociales'];

/** Share prompts that stand alone ("Möchten Sie den Artikel teilen?"). */
export const PROMPTS = phrases(['share this', 'share this article', 'share this story', 'share on', 'share the article',
  'partager cet article', 'partagez cet article', 'partager sur', 'artikel teilen', 'den artikel teilen',
  'beitrag teilen', 'teilen sie', 'jetzt teilen', 'compartir esta noticia', 'comparte esta noticia',
  'compartir en', 'condividi questo articolo', 'condividi su', 'compartilhe esta', 'compartilhar no',
  'deel dit artikel', 'deel dit bericht', 'udostępnij artykuł', 'udostępnij na', 'dela artikeln',
  'del artiklen', 'del artikkelen', 'jaa artikkeli', 'sdílet článek', 'sdílejte článek',
  'поделиться статьей', 'поделиться статьёй', 'поделиться в',
  'μοιραστείτε το άρθρο', 'bu haberi paylaş', 'haberi paylaş', 'distribuie articolul', 'поділитися статтею',
  'oszd meg', 'ossza meg', 'شارك المقال', 'شارك هذا المقال', 'به اشتراک بگذارید', 'שתפו את הכתבה',
  'इस खबर को शेयर करें', 'bagikan artikel ini', 'bagikan berita ini', 'chia sẻ bài viết', 'この記事をシェア',
  '分享这篇文章', '分享本文', '기사 공유', 'comparteix aquest article', 'podijelite članak',
  'podelite članak', 'zdieľajte článok', 'споделете статията', 'খবরটি শেয়ার করুন']);

function test(b: Block): boolean {
  if (b.len > 400 || b.longParas > 0) return false;
  // A share bar never holds the headline: an article header with share links inside it (title,
  // byline, date, buttons) is left for the engine to split, so only the buttons go.
  if (b.el.querySelector('h1, h2')) return false;
  // A prompt stands alone; a sentence that quotes one is news ("Share this with your friends, the
  // message said, before asking for bank details.").
  if (b.len < 90 && hasPhrase(b.norm, PROMPTS) && !isSentence(b.text)) return true;
  const intents = linksTo(b, SHARE_URLS);
  if (intents >= 2) return true;
  const words = countPhrases(b.norm, WORDS, 3);
  const hint = hinted(b, HINTS);
  if (intents === 1 && (words > 0 || hint) && b.len < 200) return true;
  // Icon-only buttons: a share hint with button-like content and hardly any prose.
  if (hint && b.len < 150 && (words > 0 || b.len < 20 || linkDensity(b) > 0.6)) return true;
  return false;
}

export const rule: Rule = {
  id: 'share-bar',
  description: 'Share buttons and share bars',
  selectors: [
    '.shariff', // heise, many German sites (c't shariff)
    '.addthis_toolbox', '.addthis_inline_share_toolbox', // AddThis widget
    '.a2a_kit', // AddToAny
    '.sharedaddy', // WordPress Jetpack sharing
    '.ssba', '.ssba-wrap', // Simple Share Buttons Adder
  ],
  test,
};
