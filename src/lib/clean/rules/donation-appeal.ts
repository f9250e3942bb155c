// Donation and membership appeals: "L'article vous a plu ? ... Je fais un don", "Support our
// journalism", "Jetzt spenden", "Hazte socio". Wording + a donate target + position, scored, so that
// reporting about donations (quoted appeals, charity figures) stays.
import type { Block, Rule } from '../types';
import { collapse, countPhrases, hasPhrase, normalize, phrases, startsWithPhrase } from '../text';
import { Continuation, DONATE_URLS, hinted, homogeneous, linkDensity, linksTo, proseLike, quoted, reportedSpeech, tailShare } from '../signals';
import { PAYMENT_PLATFORMS } from '../payment-platforms';
import { membershipOffer, outletVoice, textInOutletVoice } from '../outlet-voice';

/** Second-person calls to action and the stock sentences of reader-funding appeals. */
export const CALLS = phrases([
  // en
  'donate now', 'donate today', 'make a donation', 'make a gift', 'support our journalism', 'support us',
  'support independent journalism', 'support our work', 'support quality journalism', 'become a member',
  'become a supporter', 'become a patron', 'chip in', 'contribute today', 'make a contribution',
  'please consider supporting', 'please support', 'consider supporting', 'your support', 'your donation',
  'did you enjoy this article', 'did you like this article',
  'reader supported', 'reader funded', 'readers like you', 'we rely on', 'can count on your support',
  'give today', 'support the guardian', 'a small donation', 'every contribution',
  // fr
  'faites un don', 'faire un don', 'je fais un don', 'je donne', 'soutenez nous', 'soutenez', 'nous soutenir',
  'votre soutien', 'vos dons', 'grâce à vos dons', 'grâce à votre soutien', 'devenez donateur',
  'je soutiens', 'l article vous a plu', 'cet article vous a plu', 'faites vivre', 'défiscalis*',
  // de
  'jetzt spenden', 'spenden sie', 'spende jetzt', 'unterstützen sie uns', 'unterstütze uns',
  'unterstützen sie unsere', 'unterstützen sie unabhängigen', 'ihre unterstützung', 'deine unterstützung',
  'werden sie mitglied', 'werde mitglied', 'jetzt unterstützen', 'freiwillig bezahlen', 'freiwillig zahlen',
  'ihre spende', 'deine spende', 'mit einer spende', 'jetzt mitglied werden', 'unterstützer werden',
  'mit ihrem beitrag', 'mit deinem beitrag', 'zahl ich', // "taz zahl ich", "L-MAG.de zahl' ich freiwillig!"
  'hat dir der artikel gefallen', 'hat dir dieser artikel gefallen', 'hat ihnen der artikel gefallen',
  'hat ihnen dieser artikel gefallen', 'gefällt dir unsere arbeit', 'gefällt ihnen unsere arbeit', 'supporter werden',
  // es
  'haz una donación', 'hazte socio', 'hazte socia', 'hazte miembro', 'apóyanos', 'apoya nuestro',
  'apoya el periodismo', 'tu apoyo', 'su apoyo', 'dona ahora', 'colabora con', 'hacer periodismo',
  'periodismo incómodo', 'haz tu aportación', 'contribuye', 'te necesitamos', 'te gustó este artículo',
  'te ha gustado este artículo', 'del apoyo de sus lectores',
  // it
  'fai una donazione', 'dona ora', 'sostienici', 'sostieni', 'il tuo sostegno', 'il tuo contributo',
  'diventa sostenitore', 'diventa socio', 'con una donazione', 'dona adesso', 'ti è piaciuto questo articolo',
  'ti è piaciuto l articolo',
  // pt
  'faça uma doação', 'doe agora', 'apoie', 'seu apoio', 'o teu apoio', 'contribua', 'faz um donativo',
  'torne se apoiador', 'seja um apoiador', 'seja sócio', 'gostou deste artigo', 'gostou do artigo',
  // nl
  'doneer', 'steun ons', 'word lid', 'word donateur', 'jouw steun', 'uw steun', 'steun de journalistiek',
  'word vriend', 'vond je dit artikel', 'vond u dit artikel',
  // pl
  'wesprzyj', 'wspieraj', 'wpłać', 'przekaż darowiznę', 'twoje wsparcie', 'zostań patronem',
  'wspieraj nas', 'wesprzyj nas', 'podobał ci się ten artykuł', 'podobał ci się artykuł',
  // sv
  'stöd oss', 'stötta oss', 'stöd vår journalistik', 'stöd oberoende', 'bli månadsgivare', 'ge en gåva',
  'ditt stöd', 'swisha', 'gillade du artikeln',
  // da
  'støt os', 'støt vores journalistik', 'giv et bidrag', 'bliv støttemedlem', 'bliv medlem', 'din støtte',
  // nb
  'støtt oss', 'støtt vår journalistikk', 'gi et bidrag', 'bli støttemedlem', 'din støtte', 'vipps',
  // fi
  'tue meitä', 'tue journalismia', 'lahjoita', 'tee lahjoitus', 'ryhdy tukijaksi', 'tukesi',
  // cs
  'podpořte nás', 'podpořte nezávislou', 'přispějte', 'darujte', 'staňte se podporovatelem', 'vaše podpora',
  'vaší podpoře',
  // ru
  'поддержите нас', 'поддержать нас', 'поддержите редакцию', 'поддержите независимую', 'сделать пожертвование',
  'пожертвуйте', 'ваша поддержка', 'вашей поддержки', 'помогите нам',
  // el
  'στηρίξτε μας', 'στηρίξτε την ανεξάρτητη', 'στηρίξτε τη δημοσιογραφία', 'κάντε μια δωρεά', 'κάντε δωρεά',
  'η στήριξή σας', 'τη στήριξή σας', 'σας άρεσε το άρθρο', 'σας άρεσε αυτό το άρθρο',
  // tr (not 'destek olun' alone: 'destek olunmalı', support must be given, is news prose)
  'bizi destekleyin', 'bağış yapın', 'bağış yap', 'bağımsız gazeteciliği destekle*',
  'desteğinizle', 'desteğiniz', 'destekçimiz olun', 'destekçi olun', 'bu haberi beğendiniz mi', 'bu yazıyı beğendiniz mi',
  'bu makaleyi beğendiniz mi',
  // ro (both the comma and the cedilla forms of ș and ț are in use)
  'susține ne', 'susţine ne', 'susțineți ne', 'susţineţi ne', 'susține jurnalismul', 'susţine jurnalismul',
  'susțineți jurnalismul', 'susţineţi jurnalismul', 'fă o donație', 'fă o donaţie',
  'faceți o donație', 'faceţi o donaţie', 'sprijinul tău', 'sprijinul dumneavoastră', 'sprijină ne',
  'ți a plăcut articolul', 'ţi a plăcut articolul', 'v a plăcut articolul',
  // uk
  'підтримайте нас', 'підтримайте редакцію', 'підтримати редакцію', 'підтримайте незалежн*', 'зробіть внесок',
  'ваша підтримка', 'вашої підтримки', 'сподобалася стаття', 'сподобалась стаття', 'задонатити', 'задонатьте',
  // ar (harakat and tatweel are dropped by normalize; both hamza spellings are in use)
  'تبرع الآن', 'تبرع الان', 'ادعم الصحافة', 'ادعموا', 'ادعمنا', 'ادعمونا', 'تبرعك',
  'تبرعكم', 'هل أعجبك هذا المقال', 'هل اعجبك هذا المقال', 'هل أعجبكم هذا المقال', 'كن داعما', 'كن من الداعمين',
  // ja (Han, kana and Hangul are matched character by character: text.ts)
  'ご支援をお願い', 'ご寄付をお願い', '寄付をお願い', 'ご支援ください', 'ご寄付ください', 'サポートをお願い',
  'ご支援のお願い', 'この記事が役に立った', 'この記事が気に入った', '応援してください',
  // zh (matched character by character: a phrase must not sit inside common words, as 请支持 in 申请支持)
  '请支持我们', '請支持我們', '请支持独立', '請支持獨立', '支持独立新闻', '支持獨立新聞',
  '立即捐款', '捐助我们', '捐助我們', '您的支持', '喜欢这篇文章', '喜歡這篇文章',
  '打赏', '赞助我们', '贊助我們',
  // ko
  '후원해 주세요', '후원하기', '후원 부탁', '언론을 후원', '기사가 유익하셨나요', '기사가 마음에 드셨나요',
  '여러분의 후원', '후원회원',
  // id
  'dukung jurnalisme', 'donasi sekarang', 'berdonasi sekarang', 'dukungan anda', 'dukunganmu',
  'suka dengan artikel ini', 'suka artikel ini', 'jadi donatur', 'menjadi donatur', 'traktir kami',
  // vi
  'ủng hộ chúng tôi', 'ủng hộ báo chí', 'quyên góp ngay', 'bạn thấy bài viết',
  'bạn thích bài viết',
  // hi (the nukta is dropped by normalize)
  'हमारा समर्थन करें', 'पत्रकारिता का समर्थन करें', 'अभी योगदान करें', 'अभी दान करें',
  'दान करें',
  'आपका सहयोग', 'आपका समर्थन', 'लेख पसंद आया', 'खबर पसंद आई',
  // he
  'תמכו בעיתונות', 'התמיכה שלכם', 'אהבתם את הכתבה', 'אהבתם את המאמר',
  'הצטרפו למנויים התומכים',
  // hu
  'támogasd', 'támogass', 'támogassa a munkánkat', 'támogasd a munkánkat', 'támogatásoddal',
  'adományozz', 'adományozzon', 'tetszett a cikk', 'legyél támogatónk',
  'legyen támogatónk',
  // fa (the zero-width non-joiner separates words like a space)
  'حمایت کنید', 'از ما حمایت', 'این مطلب را پسندیدید', 'این مقاله را پسندیدید',
  'حمایت شما', 'کمک شما',
  // ca
  'dona suport al periodisme', 'dóna suport al periodisme',
  'fes una donació', 'fes un donatiu', 'fes te soci', 'fes te sòcia', 'ajuda ns',
  't ha agradat aquest article', 'us ha agradat aquest article', 'el teu suport', 'amb el teu suport',
  // hr, sr, bs (Latin)
  'podržite nas', 'podrži nas', 'donirajte', 'doniraj', 'vaša podrška', 'tvoja podrška', 'podržite neovisno',
  'podržite nezavisno', 'svidio vam se članak', 'sviđa vam se članak', 'svideo vam se članak', 'postanite član',
  // sk
  'podporte nás', 'podporte nezávislú', 'prispejte', 'vaša podpora', 'staňte sa podporovateľom', 'páčil sa vám článok',
  // bg
  'подкрепете ни', 'подкрепи ни', 'дарете', 'направете дарение', 'вашата подкрепа', 'подкрепете независимата',
  'хареса ли ви статията', 'станете член',
  // bn (the nukta is dropped by normalize)
  'আমাদের সমর্থন করুন', 'সমর্থন করুন', 'অনুদান দিন', 'দান করুন', 'আপনার সমর্থন', 'লেখাটি ভালো লাগলে',
  'প্রতিবেদনটি ভালো লাগলে',
  // th (Thai letters are matched one by one, like Chinese: text.ts)
  'สนับสนุนเรา', 'สนับสนุนสื่ออิสระ', 'บริจาคให้เรา', 'ชอบบทความนี้', 'การสนับสนุนของคุณ',
]);

/** Topic words: alone they prove nothing, but they must be present in every long part of an appeal. */
export const TOPIC = phrases([
  'don', 'dons', 'donat*', 'donor*', 'support*', 'soutien', 'souten*', 'soutien*', 'spende*', 'unterstütz*',
  'donación', 'donar', 'apoy*', 'socio*', 'donazion*', 'sosten*', 'doação', 'doaç*', 'apoi*', 'doneer*',
  'steun*', 'donatie*', 'wspar*', 'wspier*', 'wesprzyj', 'darowizn*', 'contribu*', 'member*', 'mitglied*',
  'gratuit*', 'free', 'kostenlos', 'gratis', 'independ*', 'indépend*', 'unabhängig*', 'coût', 'cost*',
  'paywall', 'bezahlschranke', 'muro de pago',
  'periodismo', 'journalism*', 'journalisme', 'journalismus', 'giornalismo', 'jornalismo', 'journalistiek',
  'dziennikarstw*', 'merci', 'thank*', 'danke', 'gracias', 'grazie', 'obrigad*', 'bedankt', 'dziękuj*',
  // (no short stems that are common words elsewhere: 'dar' is German, 'tue' French, 'tak' Polish)
  'stöd*', 'stötta', 'gåva', 'månadsgivare', 'journalistik*', 'støt*', 'bidrag', 'medlem*', 'lahjoi*', 'tuki*',
  'tukea', 'journalismi*', 'podpo*', 'přisp*', 'darujte', 'daru', 'darů', 'žurnalisti*', 'поддерж*', 'пожертв*',
  'журналистик*', 'oberoende', 'uafhængig*', 'uavhengig*', 'riippumat*', 'nezávisl*', 'независим*', 'tack',
  'takk', 'kiitos', 'děkujeme', 'спасибо',
  'δωρε*', 'στήριξ*', 'στηρίξ*', 'δημοσιογραφ*', 'ανεξάρτητ*', 'bağış*', 'destek*', 'gazetecili*', 'bağımsız*',
  'donează', 'donați*', 'donaţi*', 'donație', 'donaţie', 'susți*', 'susţi*', 'sprijin*', 'jurnalism*', 'independent*',
  'підтрим*', 'внесок', 'внеском', 'внески', 'журналісти*',
  'незалежн*', 'донат*', 'تبرع*', 'دعم*', 'ادعم*', 'الصحافة', 'صحافة', 'المستقلة', 'ευχαριστ*', 'teşekkür*',
  'mulțumi*', 'mulţumi*', 'дякуємо', 'شكرا', '寄付', '支援', '応援', 'サポート', '捐款', '捐助', '支持', '赞助', '贊助',
  '打赏', '후원', '기부', '언론', 'ありがとう', '谢谢', '謝謝', '감사',
  'dukung*', 'donasi', 'donatur', 'jurnalisme', 'independen', 'terima kasih', 'ủng hộ', 'quyên góp', 'báo chí',
  'độc lập', 'cảm ơn', 'समर्थन', 'सहयोग', 'योगदान', 'दान', 'पत्रकारिता', 'स्वतंत्र', 'धन्यवाद', 'תמיכה', 'לתמיכה',
  'תרומה', 'לתרומה', 'תרמו', 'עיתונות', 'עצמאית', 'תודה', 'támogat*', 'adomány*', 'újságírás*', 'független',
  'köszön*', 'حمایت', 'کمک', 'روزنامه نگاری', 'مستقل', 'سپاس',
  'donació', 'donatiu', 'suport', 'periodisme', 'gràcies', 'podrš*', 'podrž*', 'donacij*', 'novinarstv*',
  'neovisn*', 'nezavisn*', 'hvala', 'podpor*', 'nezávisl*', 'žurnalistik*', 'ďakujeme', 'подкреп*', 'дарени*',
  'журналистик*', 'независим*', 'благодарим', 'সমর্থন', 'অনুদান', 'দান', 'সাংবাদিকতা*', 'স্বাধীন', 'ধন্যবাদ',
  'บริจาค', 'สนับสนุน', 'สื่ออิสระ', 'ขอบคุณ',
]);

/** What every long paragraph of an appeal says: a topic word or a call ("Tragen Sie mit Ihrem Beitrag
 *  zur Qualität von nachtkritik.de bei" names no topic word). Asked only of boxes that scored. */
const VOCABULARY: readonly string[] = [...TOPIC, ...CALLS];

const HINTS = ['donat', 'donation', 'soutien', 'soutenir', 'spende', 'support', 'fundrais', 'appeal',
  'contribut', 'membership', 'patreon', 'tipeee', 'steady', ' don ', 'stod oss', 'stodoss', 'podpora'];

/**
 * Any language: a short line near the end whose every link goes to a tip or donation platform
 * ("Támogasd a munkánkat a Patreonon!"), unquoted. Whatever it says, it asks the reader for money.
 */
function tipLine(b: Block): boolean {
  return b.len < 300 && b.linkCount > 0 && b.hrefs.length === b.linkCount && b.longParas === 0 && !b.formish &&
    tailShare(b) < 0.25 && linksTo(b, PAYMENT_PLATFORMS) === b.linkCount && !quoted(b);
}

/** What a support button says ("Apoya a El Nacional", "Jetzt Supporter werden!", "Je soutiens"); not the
 *  one-word imperatives that are names elsewhere (pt "doe" and "dona" are John Doe and Dona Maria). */
const BUTTON = phrases(['apoya', 'apoyar', 'apóyanos', 'support', 'supporter*', 'donat*', 'donate', 'spende*',
  'unterstütz*', 'soutenir', 'soutenez', 'je soutiens', 'faire un don', 'je donne', 'sostieni', 'sostienici',
  'dona ora', 'apoie', 'steun', 'doneer', 'wesprzyj', 'wspieraj', 'stöd', 'stötta', 'støt', 'støtt', 'lahjoita', 'tue',
  'podpořte', 'přispějte', 'поддерж*', 'membresía', 'hazte socio', 'mitglied werden', 'become a member']);

/** Support buttons in the languages whose words for "support" and "donate" are also ordinary verbs of
 *  news prose ("dukung", "ủng hộ", "후원하기로"): they count only as a link's whole text. */
const BUTTON_EXACT = new Set([
  'στηρίξτε', 'δωρεά', 'destek ol', 'destek olun', 'bağış yap', 'bağış yapın', 'donează', 'donează acum', 'susține',
  'susţine', 'підтримати', 'підтримайте', 'تبرع', 'تبرع الآن', 'ادعمنا', '寄付する', '支援する', '捐款', '立即捐款', '赞助',
  '贊助', '후원하기', 'donasi', 'dukung', 'ủng hộ', 'ủng hộ ngay', 'योगदान करें', 'अभी योगदान करें', 'समर्थन करें',
  'לתרומה', 'לתמיכה', 'támogatom', 'támogasd', 'کمک مالی', 'حمایت', 'fes una donació', 'dona suport', 'donirajte',
  'doniraj', 'podržite', 'podporiť', 'podporte', 'дарете', 'направете дарение', 'подкрепете', 'অনুদান দিন', 'সমর্থন করুন',
  'บริจาค', 'สนับสนุน',
].map(normalize));

/** A short link that is a support button: the box that holds it acts, whatever its target. */
function supportButton(b: Block): boolean {
  if (b.linkCount === 0 || b.linkCount > 3) return false;
  const links = b.el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const t = collapse(links[i]?.textContent ?? '');
    if (t.length === 0 || t.length > 40) continue;
    const words = normalize(t);
    if (hasPhrase(words, BUTTON) || BUTTON_EXACT.has(words)) return true;
  }
  return false;
}

function score(b: Block): number {
  const calls = countPhrases(b.norm, CALLS, 3);
  if (calls === 0) {
    // A bare "Donate" / "Spenden" button or link line.
    if (b.len < 60 && linkDensity(b) > 0.7 && linksTo(b, DONATE_URLS) > 0 && hasPhrase(b.norm, TOPIC)) return 4;
    // "Become a friend of the paper from €5 a month": a price, a period and a way to take it.
    return tipLine(b) || membershipOffer(b) ? 4 : 0;
  }
  let s = calls >= 2 ? 3 : 2;
  const acts = linksTo(b, DONATE_URLS) > 0 || supportButton(b);
  if (acts) s += 2;
  const hint = hinted(b, HINTS);
  if (hint) s += 2;
  if (b.len < 250 && tailShare(b) < 0.25) s += 1;
  // Opening with the call itself ("Zapraszamy do subskrypcji…", "Soutenez-nous…") is the shape of a CTA line.
  if (b.len < 400 && startsWithPhrase(b.norm, CALLS)) s += 1;
  if (reportedSpeech(b)) s -= 3;
  // A quoted appeal without a link is reported; one with its own donation form is not ("zahl‘ ich").
  else if (quoted(b) && b.linkCount === 0 && !b.formish) s -= 2;
  if (proseLike(b)) s -= 2;
  // One call in a closing line, with nothing to click, no form and no class naming it, is as likely a
  // sentence of the story ("Your support matters, the senator told volunteers.") as an appeal.
  if (calls < 2 && !acts && !hint && !b.formish && b.linkCount === 0) s = Math.min(s, 3);
  return s;
}

/** Narrow vocabulary a continuation paragraph of an appeal must use. */
const CORE = phrases(['don', 'dons', 'donat*', 'spende*', 'soutien', 'souten*', 'donación', 'donar', 'donazion*',
  'doação', 'donatie*', 'darowizn*', 'wesprzyj', 'support us', 'your support', 'votre soutien', 'ihre unterstützung',
  'tu apoyo', 'il tuo sostegno', 'seu apoio', 'jouw steun', 'twoje wsparcie', 'member*', 'mitglied*', 'socio*',
  'gåva', 'månadsgivare', 'ditt stöd', 'din støtte', 'bidrag', 'lahjoi*', 'tukesi', 'vaše podpora', 'darujte',
  'пожертв*', 'ваша поддержка',
  'δωρε*', 'η στήριξή σας', 'bağış*', 'desteğiniz*', 'внесок',
  'ваша підтримка', 'تبرع*', '寄付', '捐款',
  'donasi', 'quyên góp', 'दान', 'योगदान', 'תרומה', 'לתרומה', 'adomány*',
  'کمک مالی', 'donació', 'donatiu', 'donacij*', 'дарени*', 'অনুদান', 'দান', 'บริจาค']);
const chain = new Continuation();

/** After an appeal, a short line in which the outlet goes on about itself belongs to it. */
function continuesInVoice(b: Block): boolean {
  return chain.follows(b.el) && b.len < 600 && b.longParas <= 1 && !b.formish && tailShare(b) < 0.3 && outletVoice(b) && !quoted(b);
}

function test(b: Block): boolean {
  if (chain.continues(b, CORE) || chain.continues(b, CALLS) || continuesInVoice(b)) return chain.claim(b);
  // The box is the unit: when its title or button is an appeal, its paragraphs that speak the appeal's
  // words or in which the outlet describes itself ("We are a newsroom of twelve…") go with it. A box
  // with its own donation form or link may hold one paragraph on what the site offers.
  return b.len < 2500 && score(b) >= 4 &&
    homogeneous(b, VOCABULARY, linksTo(b, DONATE_URLS) > 0 ? 1 : 0, (t) => textInOutletVoice(t, b.outlet, b.lang)) && chain.claim(b);
}

export const rule: Rule = {
  id: 'donation-appeal',
  description: 'Donation and membership appeals ("support our journalism", "faites un don", "jetzt spenden")',
  test,
  // What depends on the finished article: following an appeal claimed in it, or sitting near its end.
  reread: (b) => (chain.follows(b.el) || tailShare(b) < 0.25) && test(b),
};
