// Newsletter sign-up boxes: "Join our Newsletter ... right to your inbox", "Verpasse keine News",
// Mailchimp/Jetpack/Substack embeds, e-mail forms with consent text. An article about a newsletter
// business has the words but neither the form nor the short call-to-action shape.
import type { Block, Rule } from '../types';
import { countPhrases, hasPhrase, phrases, startsWithPhrase } from '../text';
import { hinted, homogeneous, linksTo, NEWSLETTER_URLS, proseLike, quoted, reportedSpeech, tailShare } from '../signals';

export const CALLS = phrases([
  // en
  'sign up', 'sign me up', 'subscribe to our newsletter', 'subscribe to the newsletter', 'join our newsletter',
  'get our newsletter', 'our newsletter', 'to your inbox', 'in your inbox', 'into your inbox',
  'enter your email', 'your email address', 'delivered to your inbox', 'never miss', 'don t miss',
  'stay up to date', 'stay informed', 'get the latest', 'newsletter sign up', 'subscribe now', 'join now',
  'sign up here', 'subscribe here', 'be informed', 'keep informed',
  // fr
  'inscrivez vous', 'abonnez vous à notre newsletter', 'abonnez vous à la newsletter', 'recevez',
  'notre newsletter', 'la newsletter', 'votre adresse e mail', 'votre adresse email', 'votre e mail',
  'dans votre boîte', 'je m inscris', 's inscrire', 'ne manquez', 'restez informé',
  // de
  'newsletter abonnieren', 'jetzt anmelden', 'hier abonnieren', 'informiert bleiben', 'bleiben sie informiert', 'zum newsletter', 'unser newsletter', 'unseren newsletter',
  'ihre e mail adresse', 'deine e mail adresse', 'in ihr postfach', 'in dein postfach', 'verpasse keine',
  'verpassen sie keine', 'jetzt abonnieren', 'kostenlos abonnieren', 'hier anmelden', 'melden sie sich',
  'hol dir jetzt', 'gratis newsletter', 'kostenlosen newsletter', 'wöchentlichen newsletter',
  'abonnieren sie unser*', 'abonniere unser*', 'in ihrer inbox', 'in deiner inbox', 'zur anmeldung',
  // es
  'suscríbete', 'suscribirte', 'suscríbase', 'nuestro boletín', 'nuestra newsletter', 'tu correo',
  'tu email', 'en tu bandeja', 'recibe', 'apúntate', 'regístrate',
  // it
  'iscriviti', 'iscriversi', 'la nostra newsletter', 'alla newsletter', 'tua email', 'nella tua casella',
  'ricevi',
  // pt
  'inscreva se', 'assine a newsletter', 'assine nossa newsletter', 'nossa newsletter', 'seu email',
  'seu e mail', 'na sua caixa', 'receba', 'cadastre se', 'subscreva',
  // nl
  'schrijf je in', 'schrijf u in', 'meld je aan', 'meld u aan', 'onze nieuwsbrief', 'de nieuwsbrief',
  'je e mailadres', 'uw e mailadres', 'in je inbox', 'ontvang',
  // pl
  'zapisz się', 'zapisz sie', 'nasz newsletter', 'do newslettera', 'twój adres e mail', 'na twoją skrzynkę',
  'zapraszamy też do subskrypcji', 'zapraszamy do subskrypcji',
  // sv
  'prenumerera på vårt nyhetsbrev', 'prenumerera på nyhetsbrevet', 'anmäl dig', 'missa inga nyheter',
  'din e postadress', 'din e post', 'i din inkorg', 'till din inkorg', 'få de senaste nyheterna',
  // da
  'tilmeld dig', 'vores nyhedsbrev', 'gå ikke glip af', 'din e mail', 'i din indbakke', 'din e mailadresse',
  // nb
  'meld deg på', 'abonner på', 'vårt nyhetsbrev', 'ikke gå glipp av', 'i innboksen din', 'din e postadresse',
  // fi
  'tilaa uutiskirje*', 'sähköpostiosoitteesi', 'älä missaa', 'liity postituslistalle', 'suoraan sähköpostiisi',
  // cs
  'přihlaste se k odběru', 'přihlásit k odběru', 'odebírejte', 'náš newsletter', 'váš e mail',
  'nenechte si ujít', 'do vaší schránky', 'do vaší e mailové schránky',
  // ru
  'подпишитесь на рассылку', 'подпишитесь на нашу рассылку', 'подписаться на рассылку', 'наша рассылка',
  'нашу рассылку', 'ваш e mail', 'ваш email', 'ваша почта', 'не пропустите', 'на вашу почту', 'на почту',
  // el
  'γραφτείτε στο newsletter', 'εγγραφείτε στο newsletter', 'εγγραφή στο newsletter', 'το newsletter μας',
  'στο email σας', 'στο e mail σας', 'μην χάσετε', 'μη χάσετε', 'λάβετε',
  // tr
  'bültenimize abone ol*', 'bültene abone ol*', 'e bültenimize', 'bültenimiz*', 'e posta kutunuz*',
  'e posta adresiniz*', 'abone olun', 'kaydolun', 'kayıt olun', 'haberdar olun', 'kaçırmayın',
  // ro
  'abonează te', 'abonați vă', 'abonaţi vă', 'newsletterul nostru', 'adresa de e mail',
  'adresa ta de e mail', 'în inbox', 'nu rata', 'mă abonez',
  // uk
  'підпишіться на нашу розсилку', 'підпишіться на розсилку', 'підписатися на розсилку', 'нашу розсилку',
  'наша розсилка', 'на пошту', 'вашу пошту', 'не пропустіть', 'отримуйте',
  // ar
  'اشترك في نشرتنا', 'اشترك في النشرة', 'اشترك الآن', 'اشترك الان', 'اشتركوا', 'اشترك مجانا', 'نشرتنا البريدية',
  'نشرتنا الإخبارية', 'النشرة البريدية', 'النشرة الإخبارية', 'بريدك الإلكتروني', 'بريدك الالكتروني', 'لتصلك',
  // ja
  'メルマガ登録', 'メールマガジン登録', 'メールマガジンのご案内', 'メールマガジンに登録', 'ニュースレターに登録',
  'ニュースレターを購読', 'ニュースレター登録', '無料で登録', '登録はこちら', 'お届けします', 'メールでお届け',
  // zh
  '订阅我们的', '訂閱我們的', '免费订阅', '免費訂閱', '立即订阅', '立即訂閱', '您的邮箱', '您的信箱', '新闻简报',
  '新闻通讯', '订阅电子报', '訂閱電子報',
  // ko
  '뉴스레터 구독', '뉴스레터를 구독', '무료로 구독', '구독하기', '구독 신청', '이메일 주소',
  '놓치지 마세요',
  // id
  'berlangganan newsletter', 'berlangganan buletin', 'newsletter kami', 'buletin kami', 'email anda', 'emailmu',
  'daftar gratis', 'daftar sekarang', 'dapatkan berita', 'jangan lewatkan',
  // vi
  'đăng ký nhận bản tin', 'đăng ký bản tin', 'nhận bản tin', 'bản tin của chúng tôi', 'email của bạn',
  'hộp thư của bạn', 'đăng ký miễn phí', 'đừng bỏ lỡ',
  // hi
  'न्यूजलेटर की सदस्यता', 'न्यूजलेटर सब्सक्राइब', 'सब्सक्राइब करें', 'सदस्यता लें', 'आपके ईमेल',
  'ईमेल पर पाएं', 'ईमेल पता',
  // he
  'הירשמו לניוזלטר', 'הרשמו לניוזלטר', 'לניוזלטר שלנו', 'הניוזלטר שלנו', 'למייל שלכם', 'לתיבת המייל',
  'כתובת המייל', 'להרשמה', 'הירשמו עכשיו',
  // hu
  'iratkozz fel', 'iratkozzon fel', 'hírlevelünkre', 'feliratkozom', 'feliratkozás', 'e mail címedre',
  'e mail címére', 'e mail címed', 'e mail címét', 'ne maradj le', 'ne maradjon le',
  // fa
  'عضویت در خبرنامه', 'خبرنامه ما', 'در ایمیل خود', 'ایمیل خود را', 'مشترک شوید', 'عضویت رایگان',
  // ca
  'subscriu te al butlletí', 'subscriu te', 'el nostre butlletí', 'al teu correu', 'rep les notícies', 'apunta t',
  // hr, sr, bs
  'pretplatite se na newsletter', 'prijavite se na newsletter', 'prijavite se na naš', 'naš newsletter', 'vaš e mail',
  'u vaš inbox', 'u svoj inbox', 'ne propustite', 'primajte',
  // sk
  'prihláste sa na odber', 'odoberajte', 'nenechajte si ujsť', 'do vašej schránky', 'dostávajte',
  // bg
  'абонирайте се за нашия бюлетин', 'абонирайте се за бюлетина', 'нашия бюлетин', 'вашия имейл', 'в пощата си',
  'не пропускайте', 'получавайте',
  // bn
  'নিউজলেটারে সাবস্ক্রাইব', 'নিউজলেটার সাবস্ক্রাইব', 'সাবস্ক্রাইব করুন', 'আপনার ইমেইলে', 'আপনার ইমেইল',
  // th
  'สมัครรับจดหมายข่าว', 'สมัครรับข่าวสาร', 'อีเมลของคุณ', 'ทางอีเมล', 'สมัครฟรี',
]);

export const TOPIC = phrases(['newsletter*', 'nieuwsbrief', 'infolettre', 'boletín', 'boletim', 'e mail*',
  'email*', 'inbox', 'mail', 'abonn*', 'subscri*', 'suscri*', 'iscri*', 'inscri*', 'anmeld*', 'postfach',
  'subskryp*', 'privacy', 'datenschutz*', 'confidentialité', 'privacidad', 'unsubscribe', 'désinscri*',
  'abmelden', 'abbestellen', 'news', 'actualité*', 'nachrichten', 'noticias', 'notizie', 'notícias', 'nieuws',
  'wiadomości', 'informed', 'informiert', 'informé*', 'informado*', 'informato', 'informati', 'op de hoogte',
  'na bieżąco', 'nyhetsbrev*', 'nyhedsbrev*', 'uutiskirje*', 'sähköposti*', 'e post*', 'epost*', 'inkorg*',
  'indbakke*', 'innboks*', 'prenumer*', 'tilmeld*', 'odběr*', 'odebír*', 'рассылк*', 'почт*', 'подпис*',
  'nyheter', 'nyheder', 'uutiset', 'zprávy', 'новост*',
  'ειδήσ*', 'εγγραφ*', 'bülten*', 'e posta*', 'abone*', 'haberler*', 'haberdar*', 'abon*', 'știri', 'ştiri', 'розсилк*', 'пошт*',
  'підпис*', 'новин*', 'النشرة', 'نشرتنا', 'البريد', 'بريدك', 'اشترك*', 'الأخبار', 'أخبار', 'メール', 'ニュース',
  '登録', '購読', '订阅', '訂閱', '邮箱', '信箱', '新闻', '新聞', '뉴스레터', '구독', '이메일', '뉴스',
  'langganan', 'berlangganan', 'buletin', 'berita', 'bản tin', 'đăng ký', 'tin tức', 'न्यूजलेटर', 'ईमेल', 'सदस्यता',
  'सब्सक्राइब', 'खबरें', 'ניוזלטר', 'לניוזלטר', 'מייל', 'הרשמה', 'להרשמה', 'חדשות', 'hírlevél*', 'feliratkoz*',
  'hírek*', 'خبرنامه', 'ایمیل', 'عضویت', 'خبرها', 'اخبار', 'butlletí', 'correu', 'notícies', 'newsletter*',
  'vijesti', 'vesti', 'pretplat*', 'prijav*', 'odber*', 'správy', 'бюлетин*', 'имейл', 'новини*', 'абонир*',
  'নিউজলেটার*', 'ইমেইল*', 'সাবস্ক্রাইব', 'খবর', 'จดหมายข่าว', 'อีเมล', 'ข่าว', 'สมัคร']);

/** The word itself (not "news" or "informed", which app and push prompts share), and the mailbox
 *  words of sign-up pitches; also what tells a sign-up from a paywall prompt (subscription-paywall-prompt). */
export const NEWSLETTER_WORDS = phrases(['newsletter*', 'nieuwsbrief', 'infolettre', 'boletín', 'boletim',
  'nyhetsbrev*', 'nyhedsbrev*', 'uutiskirje*', 'рассылк*', 'inbox', 'postfach', 'e mail*', 'email*', 'correo',
  'casella', 'e post*', 'sähköposti*', 'inkorg*', 'indbakke*', 'innboks*', 'bülten*', 'розсилк*', 'hírlevél*',
  'النشرة', 'نشرتنا', 'خبرنامه', 'ניוזלטר', 'לניוזלטר', 'न्यूजलेटर', 'নিউজলেটার*', 'buletin', 'bản tin', 'butlletí',
  'бюлетин*', 'จดหมายข่าว', 'メールマガジン', 'メルマガ', 'ニュースレター', '新闻简报', '新闻通讯', '电子报', '電子報',
  '뉴스레터']);

/** Consent and privacy lines that only sign-up forms carry. */
const CONSENT = phrases(['by signing up', 'by subscribing', 'en vous inscrivant', 'unsubscribe at any time',
  'privacy policy', 'datenschutzerklärung', 'jederzeit abbestellen', 'jederzeit abmelden',
  'política de privacidad', 'informativa sulla privacy', 'política de privacidade', 'privacyverklaring',
  'polityką prywatności', 'désinscrire à tout moment', 'vous désabonner', 'recaptcha', 'integritetspolicy',
  'privatlivspolitik', 'personvernerklæring', 'tietosuojaseloste', 'ochrany osobních údajů',
  'политикой конфиденциальности', 'политика конфиденциальности',
  'πολιτική απορρήτου', 'gizlilik politika*', 'kvkk', 'politica de confidențialitate', 'politica de confidenţialitate',
  'політика конфіденційності', 'سياسة الخصوصية', 'プライバシーポリシー', '隐私政策', '隱私權政策', '개인정보',
  'kebijakan privasi', 'chính sách bảo mật', 'गोपनीयता नीति', 'מדיניות הפרטיות', 'adatvédelmi', 'حریم خصوصی']);

const HINTS = ['newsletter', 'nieuwsbrief', 'mailchimp', 'mc4wp', 'mc embed', 'jetpack subscri', 'subscribe',
  'signup', 'sign up', 'optin', 'opt in', 'substack', 'email capture', 'emailcapture', 'nl form', 'inscription',
  'nyhetsbrev', 'nyhedsbrev', 'uutiskirje', 'rassylka'];

/**
 * An e-mail capture form in any language: an e-mail field in a short block without prose (a comment
 * form has a textarea, a story has long paragraphs). It stands for the topic words the rule has no
 * list for, so that a sign-up box in Swedish or Hungarian goes like one in German.
 */
function emailCapture(b: Block): boolean {
  // Length first: it is already known, the field tests need the subtree scan.
  return b.len < 600 && b.emailInput && !b.textarea && b.longParas === 0;
}

function score(b: Block): number {
  const calls = countPhrases(b.norm, CALLS, 3);
  const topic = hasPhrase(b.norm, TOPIC) || emailCapture(b);
  if (calls === 0 && !(topic && (b.emailInput || hinted(b, HINTS)))) return 0;
  let s = calls >= 2 ? 3 : calls === 1 ? 2 : 1;
  // Three different calls in a few lines is a pitch, wherever it stands ("… verpassen? Abonnieren Sie
  // unser Daily Briefing … in Ihrer Inbox. Hier geht's zur Anmeldung!").
  if (calls >= 3 && b.len < 400) s += 1;
  if (b.emailInput) s += 3;
  else if (b.formish) s += 1;
  if (hinted(b, HINTS)) s += 2;
  if (linksTo(b, NEWSLETTER_URLS) > 0) s += 2;
  if (hasPhrase(b.norm, CONSENT)) s += 1;
  if (!topic) s -= 2;
  // A one-line call that carries its link ("Want to hear from us? Sign up here") is the CTA shape.
  if (b.len < 150 && b.linkCount > 0 && !b.formish) s += 1;
  // Opening with the call itself ("Zapraszamy do subskrypcji…", "Soutenez-nous…") is the shape of a CTA line.
  if (b.len < 400 && startsWithPhrase(b.norm, CALLS)) s += 1;
  // The plug that closes a story ("CNN will soon launch Royal News, a weekly newsletter… Sign up here.").
  if (b.len < 300 && tailShare(b) < 0.25 && hasPhrase(b.norm, NEWSLETTER_WORDS)) s += 1;
  if (reportedSpeech(b)) s -= 3;
  else if (quoted(b) && b.linkCount === 0) s -= 2;
  if (proseLike(b)) s -= 2;
  return s;
}

function test(b: Block): boolean {
  return b.len < 2000 && score(b) >= 4 && homogeneous(b, TOPIC);
}

export const rule: Rule = {
  id: 'newsletter-signup',
  description: 'Newsletter sign-up boxes and e-mail capture forms',
  test,
  // What depends on the finished article: a short plug near its end, asked again there.
  reread: (b) => b.len < 300 && tailShare(b) < 0.25 && test(b),
};
