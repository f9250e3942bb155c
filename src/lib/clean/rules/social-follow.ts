// "Follow us" boxes: "Suivez-nous sur ...", "Folgen Sie uns", "Síguenos", rows of social profile icons.
import type { Block, Rule } from '../types';
import { hasPhrase, phrases, startsWithPhrase, urlHas } from '../text';
import { FIRST_PLURAL } from '../outlet-words';
import { namesOutlet } from '../outlet-voice';
import { hinted, linkDensity, linksNamingOutlet, linksTo, proseLike, reportedSpeech, sentenceRun, SHARE_URLS, SOCIAL_URLS, tailShare } from '../signals';

export const CALLS = phrases(['follow us', 'find us on', 'join us on', 'like us on', 'connect with us',
  'suivez nous', 'rejoignez nous', 'retrouvez nous', 'abonnez vous à notre page', 'folgen sie uns', 'folge uns',
  'folgt uns', 'finden sie uns', 'síguenos', 'siguenos', 'sigue a', 'seguici', 'seguiteci', 'siga nos', 'nos siga',
  'segue nos', 'sigam nos', 'volg ons', 'obserwuj nas', 'dołącz do nas', 'śledź nas', 'whatsapp kanal',
  'our channel', 'notre chaîne', 'unseren kanal', 'nuestro canal', 'nostro canale', 'nosso canal', 'ons kanaal',
  'följ oss', 'följ oss på', 'følg os', 'følg oss', 'seuraa meitä', 'sledujte nás', 'подписывайтесь на нас',
  'следите за нами', 'наш канал', 'vår kanal', 'vores kanal', 'náš kanál', 'subscribe to our youtube',
  'abonniere unseren youtube', 'abonnieren sie unseren youtube', 'suscríbete a nuestro canal',
  'ακολουθήστε μας', 'bizi takip edin', 'urmărește ne', 'urmăreşte ne', 'urmăriți ne', 'urmăriţi ne',
  'стежте за нами', 'слідкуйте за нами', 'підписуйтесь на нас', 'تابعونا', 'フォローしてください',
  'フォローお願いします', '公式アカウントをフォロー', '关注我们', '關注我們', '팔로우하세요', '팔로우 해주세요',
  'ikuti kami', 'theo dõi chúng tôi', 'फॉलो करें', 'हमें फॉलो', 'עקבו אחרינו', 'kövess minket', 'kövessen minket',
  'kövessen bennünket', 'دنبال کنید', 'ما را دنبال', 'segueix nos', 'seguiu nos', 'pratite nas',
  'sledujte nás', 'последвайте ни', 'следвайте ни', 'ফলো করুন', 'ติดตามเรา']);

const HINTS = ['follow', 'social follow', 'social profiles', 'socialmedia', 'social media', 'social links',
  'social icons', 'sociallinks', 'folgen', 'siguenos', 'seguici', 'suivez'];

/** Network names: a short follow call naming one needs no link ("Únete a nuestro canal de Telegram"). */
const NETWORKS = phrases(['twitter', 'facebook', 'instagram', 'youtube', 'telegram', 'whatsapp', 'tiktok', 'linkedin',
  'mastodon', 'bluesky', 'weibo', '微博', '微信', 'wechat', 'kakao', 'vk', 'вконтакте', 'فيسبوك',
  'تويتر', 'إنستغرام', 'يوتيوب', 'フェイスブック', 'インスタグラム', 'ツイッター', '페이스북', '인스타그램', '유튜브', '트위터',
  'फेसबुक', 'एक्स', 'इंस्टाग्राम', 'यूट्यूब', 'פייסבוק', 'אינסטגרם', 'יוטיוב', 'facebookon', 'instagramon',
  'اینستاگرام', 'تلگرام', 'فیسبوک', 'توییتر', 'ফেসবুক', 'ইউটিউব', 'фейсбук']);
const SHORT_CALLS = phrases(['keep up with', 'únete', 'unete', 'join our', 'rejoignez', 'abonnez vous à notre chaîne',
  'tenemos canal', 'nuestro canal', 'our channel', 'unserem kanal', 'unseren kanal']);

/** "our Telegram channel", "нашому Telegram": a first-person plural word one or two words before a network. */
function ourNetwork(norm: string): boolean {
  if (!hasPhrase(norm, NETWORKS) || !hasPhrase(norm, FIRST_PLURAL)) return false;
  const words = norm.trim().split(' ');
  for (let i = 0; i < words.length; i++) {
    if (!hasPhrase(` ${words[i]} `, FIRST_PLURAL)) continue;
    const next = ` ${words.slice(i + 1, i + 3).join(' ')} `;
    if (hasPhrase(next, NETWORKS)) return true;
  }
  return false;
}

function test(b: Block): boolean {
  if (b.len > 400 || proseLike(b) || reportedSpeech(b) || b.longParas > 1) return false;
  // A bare "Follow us on" line whose network names are icons.
  if (b.len < 30 && b.linkCount <= 1 && !sentenceRun(b) && startsWithPhrase(b.norm, CALLS)) return true;
  // Never a run of a sentence split over inline elements ("…, <a><b>subscribe to our YouTube channel</b></a> for updates.").
  if (b.len < 160 && (hasPhrase(b.norm, CALLS) || hasPhrase(b.norm, SHORT_CALLS)) && hasPhrase(b.norm, NETWORKS) && !sentenceRun(b)) return true;
  // A follow plug with its link that closes the story ("If you enjoyed our roundup, subscribe to our
  // YouTube channel for video updates."), wherever the link points.
  if (b.linkCount > 0 && tailShare(b) < 0.25 && hasPhrase(b.norm, CALLS) && hasPhrase(b.norm, NETWORKS)) return true;
  const profiles = linksTo(b, SOCIAL_URLS) - linksTo(b, SHARE_URLS);
  if (profiles <= 0) return false;
  // The outlet's own profiles ("facebook.com/kutaisisposta", "t.me/kutaisisposta" on kutaisisposta.ge):
  // a short line linking to two of them, or mostly link text to one, is a follow plug in any language.
  const own = linksNamingOutlet(b, SOCIAL_URLS).filter((h) => !urlHas(h, SHARE_URLS)).length;
  // "… у нашому Telegram-каналі. Підписуйтеся →": the outlet's "our" right before a network's name,
  // with a profile link, in a short block: a follow plug in any language FIRST_PLURAL knows. (Not "we"
  // anywhere beside a network: a company's about box says "wir" and links its Facebook page.)
  if (b.len < 200 && b.longParas <= 1 && ourNetwork(b.norm)) return true;
  // The outlet naming itself beside a link or two to its profiles, whose address need not spell its
  // name ("Ακολουθήστε την Ηπειρωτική Σάλπιγγα στο <a href=news.google.com/publications/…>Google
  // News</a>", "Ikuti berita terkini dari Kabar Lontar di Google News, klik di sini"): in any language.
  if (b.len < 200 && b.longParas <= 1 && profiles === b.hrefs.length && profiles <= 2 && namesOutlet(b)) return true;
  // Every link a profile: a podcast box's "listen on Spotify · YouTube" row is the podcast's promo, not this.
  // Icon links without text beside a logo and a tagline are the header's, not a line of the article.
  if (b.len < 220 && b.longParas <= 1 && profiles === b.hrefs.length && linkDensity(b) > 0.05 &&
    (own >= 2 || (own >= 1 && b.len < 160 && linkDensity(b) > 0.3))) return true;
  // The call must be the block's point: a long intro paragraph that ends "Follow us to stay up to date" stays.
  if ((b.len < 200 || linkDensity(b) > 0.3) && hasPhrase(b.norm, CALLS)) return true;
  if (hinted(b, HINTS) && linkDensity(b) > 0.3) return true;
  return profiles >= 3 && b.len < 150 && linkDensity(b) > 0.5;
}

export const rule: Rule = {
  id: 'social-follow',
  description: '"Follow us" boxes and social-profile icon rows',
  test,
  // A follow plug with a profile link counts at the end of the finished article: asked again there.
  reread: (b) => tailShare(b) < 0.25 && test(b),
};
