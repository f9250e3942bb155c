// Subscription and paywall prompts: "To view the full story, please subscribe", "Déjà abonné ?",
// "Jetzt abonnieren", "Cancela cuando quieras", "Zapraszamy też do subskrypcji". The article text
// before the wall is kept; only the prompt goes.
import type { Block, Rule } from '../types';
import { countPhrases, hasPhrase, phrases, startsWithPhrase } from '../text';
import { NEWSLETTER_WORDS } from './newsletter-signup';
import { Continuation, hinted, homogeneous, linksTo, proseLike, quoted, reportedSpeech, SUBSCRIBE_URLS, tailShare } from '../signals';

export const CALLS = phrases([
  // en
  'subscribe to continue', 'to continue reading', 'continue reading with', 'to read the full', 'to view the full',
  'please subscribe', 'already a subscriber', 'already subscribed', 'subscribe now', 'subscribe today',
  'subscribers only', 'for subscribers', 'exclusive to subscribers', 'log in to continue', 'sign in to continue',
  'create a free account', 'start your free trial', 'start your subscription', 'get unlimited access',
  'unlimited digital access', 'cancel anytime', 'cancel at any time', 'per month', 'only $*', 'just $*',
  // fr
  'abonnez vous', 'déjà abonné', 'réservé aux abonnés', 'la suite est réservée', 'article réservé',
  'pour lire la suite', 'lire la suite de cet article', 'offre d abonnement', 'sans engagement', 'je m abonne',
  'résiliable à tout moment', 'accès illimité',
  // de
  'jetzt abonnieren', 'bereits abonnent', 'schon abonnent', 'sie haben bereits ein abo', 'abo abschließen',
  'weiterlesen mit', 'jetzt weiterlesen', 'jederzeit kündbar', 'monatlich kündbar', 'jetzt testen',
  'zugang zu allen', 'plus artikel', 'jetzt freischalten', 'mit plus', 'exklusiv für abonnenten',
  // es
  'suscríbete', 'ya eres suscriptor', 'ya soy suscriptor', 'cancela cuando quieras', 'contenido exclusivo',
  'para seguir leyendo', 'para continuar leyendo', 'exclusivo para suscriptores', 'hazte suscriptor',
  'con tu suscripción', 'ver promos', 'ver planes de suscripción',
  // es (Río de la Plata voseo: "suscribite", "ya sos suscriptor", "navegás sin límites")
  'suscribite', 'hacete suscriptor', 'ya sos suscriptor', 'navegás sin límites', 'quiero suscribirme',
  // it
  'abbonati', 'sei già abbonato', 'già abbonato', 'per continuare a leggere', 'riservato agli abbonati',
  'contenuto riservato', 'disdici quando vuoi',
  // pt
  'assine', 'já é assinante', 'já sou assinante', 'exclusivo para assinantes', 'para continuar lendo',
  'continue lendo', 'cancele quando quiser',
  // nl
  'word abonnee', 'al abonnee', 'ben je al abonnee', 'lees verder met', 'neem een abonnement',
  'alleen voor abonnees', 'opzegbaar',
  // pl
  'zapraszamy też do subskrypcji', 'zapraszamy do subskrypcji', 'wykup dostęp', 'wykup subskrypcję',
  'masz już subskrypcję', 'zaloguj się', 'kup dostęp', 'tylko dla subskrybentów',
  // sv
  'bli prenumerant', 'redan prenumerant', 'för prenumeranter', 'logga in för att läsa', 'för att läsa hela artikeln',
  'prenumerera för att läsa', 'avsluta när du vill',
  // da
  'bliv abonnent', 'allerede abonnent', 'kun for abonnenter', 'log ind for at læse', 'for at læse hele artiklen',
  'opsig når som helst',
  // nb
  'bli abonnent', 'kun for abonnenter', 'logg inn for å lese', 'for å lese hele saken', 'for å lese resten',
  // fi
  'oletko jo tilaaja', 'jo tilaaja', 'vain tilaajille', 'kirjaudu sisään lukeaksesi', 'lue koko artikkeli',
  // cs
  'předplaťte si', 'už jste předplatitel', 'jen pro předplatitele', 'pouze pro předplatitele',
  'obsah pro předplatitele',
  // ru
  'оформите подписку', 'уже подписаны', 'только для подписчиков', 'чтобы продолжить чтение', 'чтобы читать дальше',
  // el, tr, ro, uk, hu
  'γίνετε συνδρομητής', 'είστε ήδη συνδρομητής', 'μόνο για συνδρομητές', 'για να συνεχίσετε την ανάγνωση',
  'για να διαβάσετε ολόκληρο', 'zaten abone misiniz', 'zaten aboneyim', 'sadece abonelere', 'abonelere özel',
  'okumaya devam etmek için', 'devamını okumak için', 'istediğiniz zaman iptal', 'ești deja abonat',
  'eşti deja abonat', 'doar pentru abonați', 'doar pentru abonaţi', 'pentru a continua lectura',
  'pentru a citi articolul integral', 'anulezi oricând', 'оформіть передплату', 'передплатіть',
  'вже маєте передплату', 'лише для передплатників', 'тільки для передплатників', 'щоб продовжити читання',
  'щоб читати далі', 'fizessen elő', 'fizess elő', 'már előfizető', 'csak előfizetőknek', 'az olvasás folytatásához',
  'a teljes cikk elolvasásához', 'bármikor lemondható',
  // ar, fa, he, hi
  'اشترك للمتابعة', 'لمتابعة القراءة', 'لقراءة المقال كاملا', 'للمشتركين فقط', 'هل أنت مشترك', 'مشترك بالفعل',
  'ألغ في أي وقت', 'برای ادامه مطالعه', 'فقط برای مشترکان', 'اشتراک تهیه کنید', 'لקריאת הכתבה המלאה',
  'להמשך קריאה', 'למנויים בלבד', 'כבר מנויים', 'רכשו מינוי', 'ביטול בכל עת', 'पढ़ना जारी रखने के लिए',
  'केवल सब्सक्राइबर्स के लिए', 'पहले से सब्सक्राइबर',
  // id, vi
  'berlangganan untuk melanjutkan', 'untuk melanjutkan membaca', 'khusus pelanggan', 'sudah berlangganan',
  'langganan sekarang', 'batalkan kapan saja', 'để tiếp tục đọc', 'đăng ký để đọc',
  'bạn đã là thành viên', 'hủy bất cứ lúc nào',
  // ja, zh, ko
  '続きを読むには', '有料会員限定', '付费会员专享', '유료 회원 전용', 'この記事は有料', 'いつでも解約', '订阅后继续阅读', '訂閱後繼續閱讀', '仅限订户',
  '订户专享', '已是订户', '随时取消', '계속 읽으려면', '구독자 전용', '언제든지 해지',
  // ca, hr/sr/bs, sk, bg
  'fes te subscriptor', 'ja ets subscriptor', 'per continuar llegint', 'exclusiu per a subscriptors', 'već ste pretplatnik',
  'samo za pretplatnike', 'za nastavak čitanja', 'predplaťte si', 'ste už predplatiteľ', 'len pre predplatiteľov',
  'iba pre predplatiteľov', 'само за абонати', 'вече сте абонат', 'за да продължите да четете',
  'শুধু গ্রাহকদের জন্য', 'পড়া চালিয়ে যেতে', 'আগে থেকেই গ্রাহক',
  'สมัครสมาชิกเพื่ออ่านต่อ', 'สำหรับสมาชิกเท่านั้น',
]);

export const TOPIC = phrases(['abonn*', 'abo', 'abos', 'subscri*', 'suscri*', 'abbona*', 'abbonat*', 'assin*',
  'subskryp*', 'prenumer*', 'paywall', 'premium', 'plus', 'trial', 'essai', 'testen', 'prueba', 'prova',
  'access', 'accès', 'zugang', 'acceso', 'accesso', 'acesso', 'toegang', 'dostęp', 'login', 'log in',
  'connect*', 'anmelden', 'einloggen', 'inicia', 'accedi', 'entrar', 'inloggen', 'zaloguj', '€', '$', '£',
  'prenumerant*', 'abonnent*', 'tilaaja*', 'tilaa', 'předplat*', 'подписк*', 'подписчик*', 'logga in', 'log ind',
  'logg inn', 'kirjaudu', 'kr', 'kč', 'руб*',
  'συνδρομ*', 'abone*', 'abonelik*', 'abona*', 'abonam*', 'передплат*', 'előfizet*', 'اشتراك', 'مشترك*', 'اشتراک',
  'مشترک*', 'מנוי*', 'למנויים', 'सब्सक्राइब*', 'berlangganan', 'langganan', 'pelanggan', 'thành viên', '会員', '有料',
  '订阅', '訂閱', '订户', '付费', '구독', '유료', 'lei pe lună', 'lei lună', 'грн', 'ft', 'subscriptor*', 'pretplat*',
  'predplat*', 'абонат*', 'абонамент*']);

const HINTS = ['paywall', 'premium', 'subscri', 'abo ', 'abonn', 'piano', 'tp container', 'regwall',
  'metered', 'offer', 'plus teaser', 'pay wall', 'suscri', 'assin', 'locked', 'restricted'];

function score(b: Block): number {
  const calls = countPhrases(b.norm, CALLS, 3);
  // "Suscríbete a nuestro boletín" is a sign-up, left to newsletter-signup.
  if (calls === 0 || hasPhrase(b.norm, NEWSLETTER_WORDS)) return 0;
  let s = calls >= 2 ? 3 : 2;
  if (linksTo(b, SUBSCRIBE_URLS) > 0) s += 2;
  if (hinted(b, HINTS)) s += 2;
  if (b.formish) s += 1;
  if (b.len < 300 && tailShare(b) < 0.25) s += 1;
  if (b.len < 100) s += 1; // a stand-alone call-to-action line
  if (!hasPhrase(b.norm, TOPIC)) s -= 1;
  // Opening with the call itself ("Zapraszamy do subskrypcji…", "Soutenez-nous…") is the shape of a CTA line.
  if (b.len < 400 && startsWithPhrase(b.norm, CALLS)) s += 1;
  if (reportedSpeech(b)) s -= 3;
  else if (quoted(b) && b.linkCount === 0) s -= 2;
  if (proseLike(b)) s -= 2;
  // One call with nothing to click, no form and no class naming it is as likely a sentence of the
  // story ("Gli abbonati alla pay-tv sono calati…", "Subscribers only: the feature rolls out…").
  if (calls < 2 && b.linkCount === 0 && !b.formish && !hinted(b, HINTS)) s = Math.min(s, 3);
  return s;
}

const chain = new Continuation();

function test(b: Block): boolean {
  if (chain.continues(b, TOPIC)) return chain.claim(b);
  return b.len < 2000 && score(b) >= 4 && homogeneous(b, TOPIC) && chain.claim(b);
}

export const rule: Rule = {
  id: 'subscription-paywall-prompt',
  description: 'Subscription offers and paywall prompts ("please subscribe", "déjà abonné ?", "jetzt abonnieren")',
  test,
  // What depends on the finished article: following a prompt claimed in it, or sitting near its end.
  reread: (b) => (chain.follows(b.el) || tailShare(b) < 0.25) && test(b),
};
