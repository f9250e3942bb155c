// Knowledge for outlet-voice.ts and price-offer.ts: how an outlet says "we" and "our", and how an
// offer states a price and a period. Words only; the rules that use them are in outlet-voice.ts.
import { phrases } from './text';

/**
 * The outlet's first person plural: "we", "our" and their forms. Common words, so they never decide
 * alone: a block must also ask the reader to act and not report what someone else said.
 * (Not the object pronouns that double as other words: es/fr "nos", it "ci", ro "ne", pt "nos".)
 */
export const FIRST_PLURAL = phrases([
  // en
  'we', 'our', 'ours', "we're", "we've", 'we are', 'us',
  // fr
  'nous', 'notre', 'nos',
  // de
  'wir', 'unser*', 'uns',
  // es, ca
  'nosotros', 'nosotras', 'nuestr*', 'nosaltres', 'nostr*', 'ens',
  // it ('noi', 'nostr*' as in ro and es/ca)
  // pt
  'nós', 'noss*',
  // nl
  'wij', 'onze', 'ons',
  // pl ("nas", "nam" are Portuguese and Vietnamese words too)
  'nasz*',
  // sv, da, nb
  'vi', 'vår', 'vårt', 'våra', 'oss', 'vores',
  // fi ("me" is English)
  'meidän', 'meitä', 'meille',
  // cs, sk, hr, sr, bs, sl ("my" is English)
  'náš', 'naše', 'naši', 'našich', 'nás', 'nám', 'naš', 'naša',
  // ro
  'noi', 'nostru', 'noastră', 'noştri', 'noștri', 'noastre',
  // hu ("mi" is Italian and Spanish)
  'minket', 'nekünk', 'lapunk', 'szerkesztőségünk',
  // tr
  'biz', 'bizim', 'bize', 'bizi',
  // el
  'εμείς', 'μας',
  // ru, uk, bg
  'мы', 'наш*', 'нас', 'нам', 'ми', 'ние',
  // ar, fa, he
  'نحن', 'لنا', 'אנחנו', 'שלנו', 'אנו',
  // id, ms, vi
  'kami', 'chúng tôi', 'của chúng tôi',
  // hi, bn
  'हम', 'हमारा', 'हमारी', 'हमारे', 'हमें', 'আমরা', 'আমাদের',
  // lt, lv, et ("mes" is Spanish, "mus" Latin: not listed)
  'mūsų', 'mums', 'mūsu', 'mēs', 'meie', 'meid', 'meile',
  // is, sq, tl, sw, eu, gl
  'okkar', 'okkur', 'við', 'tonë', 'sonë', 'namin', 'aming', 'yetu', 'sisi', 'gure', 'guk', 'noso', 'nosa', 'nosos', 'nosas',
  // ka, hy, ur ("we", "our", "us": Georgian, Armenian, Urdu; Urdu ہم is written with U+06C1, not Persian هم "also")
  'ჩვენ', 'ჩვენი', 'ჩვენს', 'ჩვენმა', 'մենք', 'մեր', 'մեզ', 'ہم', 'ہمارا', 'ہماری', 'ہمارے', 'ہمیں',
  // th, fa (Thai letter by letter: "our", "we all"; Persian "us", "from us": ما alone is Arabic "what")
  'ของเรา', 'พวกเรา', 'ما را', 'از ما', 'به ما',
  // ja, zh, ko (character by character: text.ts)
  '私たち', '我々', '編集部', '我们', '我們', '本报', '本報', '本台', '本刊', '우리', '저희',
]);

/** Currency signs and codes as offers print them ("€5", "5 €", "R$ 9,90", "99 kr", "CHF 8"). */
export const CURRENCIES: readonly string[] = [
  '€', '$', '£', '¥', '₹', '₺', '₽', '₴', '₩', '₪', '₫', '₱', '₦', 'R$', 'zł', 'Kč', 'kr', 'CHF', 'Fr.', 'Ft', 'lei',
  'лв', 'руб', 'грн', 'Rp', 'RM', 'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'HUF', 'RON', 'BGN', 'TRY', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'INR', 'JPY', 'KRW', 'ILS', 'euro', 'euros',
  'dollars', 'pesos', 'reais', 'kronor', 'kroner', 'złotych', 'korun', 'forint', 'рублей', 'гривень',
  '円', '元', '원', 'ريال', 'درهم', 'جنيه', 'ש"ח', 'rupees', 'रुपये', 'S/', 'Bs', 'KSh', 'TSh', 'UGX', 'FCFA', 'CFA',
  'ден', 'дин', 'RSD', 'MKD', 'ISK', '₾', '֏', '₸', '৳', 'Rs', '฿', 'บาท', 'TL', 'zl', 'ლარ', 'GEL', 'դրամ', 'AMD',
  'روپے', 'PKR', 'Franken', 'francs', 'franchi', 'Rappen',
];

/** A period after a price: "a month", "/mois", "pro Jahr", "al año", "por mês", "월", "毎月". */
export const PERIODS: readonly string[] = [
  'month', 'months', 'monthly', 'year', 'yearly', 'annually', 'week', 'weekly', 'mo', 'yr', 'p.m.',
  'mois', 'mensuel', 'mensuels', 'an', 'ans', 'année', 'annuel', 'semaine',
  'monat', 'monatlich', 'jahr', 'jährlich', 'woche', 'mon', 'mtl',
  'mes', 'meses', 'mensual', 'mensuales', 'año', 'anual', 'semana',
  'mese', 'mensile', 'anno', 'annuale', 'settimana',
  'mês', 'mensal', 'mensais', 'ano',
  'maand', 'maandelijks', 'jaar', 'jaarlijks',
  'miesiąc', 'miesięcznie', 'mies', 'rok', 'rocznie',
  'månad', 'månaden', 'mån', 'år', 'året', 'vecka', 'måned', 'måneden', 'md', 'mnd', 'uke', 'uge',
  'kuukausi', 'kuukaudessa', 'kk', 'vuosi', 'vuodessa',
  'měsíc', 'měsíčně', 'měs', 'mesiac', 'mesačne', 'mjesec', 'mjesečno', 'mesec', 'mesečno', 'godina', 'godišnje',
  'lună', 'luna', 'lunar', 'lunară', 'ay', 'aylık', 'yıl', 'yıllık',
  'μήνα', 'μηνιαία', 'έτος', 'χρόνο', 'hónap', 'havonta', 'havi', 'hó', 'év', 'évente', 'évi',
  'месяц', 'мес', 'ежемесячно', 'год', 'місяць', 'міс', 'щомісяця', 'рік', 'месец', 'месечно', 'година',
  'شهر', 'شهريا', 'سنة', 'سنويا', 'חודש', 'לחודש', 'שנה', 'לשנה',
  'bulan', 'bulanan', 'tahun', 'tháng', 'hàng tháng', 'năm', 'माह', 'महीना', 'मासिक', 'साल', 'वर्ष',
  'any', 'kuu', 'kuus', 'aasta', 'mēnesī', 'gadā', 'mánuði', 'ári', 'თვეში', 'თვე', 'წელიწადში', 'ամսական', 'ամիս', 'ماہانہ', 'مہینہ',
  '月', '毎月', '月額', '年', '年額', '월', '매월', '년', '연',
];

/** Who an offer makes the reader: member, friend, partner, patron, subscriber, supporter. */
export const MEMBERSHIP = phrases([
  'member*', 'membership', 'friend of', 'friends of', 'partner', 'patron', 'subscriber*', 'supporter*', 'sustainer',
  'membre', 'membres', 'adhérent*', 'adhésion', 'ami du', 'amis du', 'amie du', 'abonné*', 'abonnement',
  'mitglied*', 'freundeskreis', 'förderer', 'fördermitglied*', 'abonnent*', 'abo', 'unterstützer*',
  'socio', 'socia', 'socios', 'socias', 'miembro*', 'amigo', 'amigos', 'suscriptor*', 'suscripción', 'mecenas',
  'sostenitor*', 'abbonat*', 'abbonamento', 'amico', 'amici', 'soci',
  'sócio*', 'assinante*', 'assinatura', 'apoiador*', 'membro*',
  'lid', 'leden', 'lidmaatschap', 'vriend', 'vrienden', 'abonnee*',
  'członk*', 'członkostwo', 'patron*', 'prenumerat*',
  'medlem*', 'medlemskap', 'prenumerant*', 'månadsgivare', 'støttemedlem*',
  'jäsen*', 'tilaaja*', 'kestotilaaja*', 'člen*', 'členství', 'předplatitel*', 'předplatné', 'podporovatel*',
  'membru', 'membri', 'abonat*', 'üye', 'üyelik', 'abone', 'μέλος', 'μέλη', 'συνδρομητ*', 'tagság', 'előfizet*',
  'член*', 'подписчик*', 'подписк*', 'передплат*', 'абонамент',
  'عضو', 'عضوية', 'اشتراك', 'مشترك', 'חבר', 'חברי', 'מנוי', 'מנויים',
  'anggota', 'pelanggan', 'thành viên', 'सदस्य', 'सदस्यता', 'সদস্য',
  'メンバー', '会員', '会员', '會員', '회원', '구독',
]);

/** Messengers a newsroom asks readers to write to, as their names are printed beside a number
 *  ("WhatsApp us: 0321…", "واٹس ایپ کریں", "Signal: +49…"). */
export const MESSENGER_NAMES = phrases(['whatsapp', 'signal', 'telegram', 'viber', 'threema', 'wechat',
  'واٹس ایپ', 'واتساب', 'واتس اب', 'واتس‌اپ', 'וואטסאפ', 'ватсап', 'вотсап', 'вайбер', 'телеграм', 'व्हाट्सएप',
  'व्हाट्सऐप', 'হোয়াটসঅ্যাপ', 'วอทส์แอพ', '왓츠앱', 'ワッツアップ']);

/**
 * Words that link a name's head to what qualifies it ("La Voix du Nord", "El Tábano del Litoral",
 * "Звоно са Тимока", "Echo of the Valley"), normalised: outlet-names.ts takes the words before one
 * as the name's head.
 */
export const LINKING_WORDS: ReadonlySet<string> = new Set([
  'of', 'du', 'de', 'des', 'del', 'della', 'delle', 'dello', 'di', 'do', 'da', 'dos', 'das', 'von', 'vom', 'van',
  'der', 'för', 'fra', 'från', 'z', 'ze', 'zo', 'iz', 'sa', 'са', 'из', 'з', 'od', 'od', 'al', 'i', 'dal', 'dei',
]);

/**
 * Common words of newspaper names: a story uses them of any paper ("the Times reported", "laut
 * Zeitung"), so none of them alone is the outlet's name (outlet-names.ts).
 */
export const PRESS_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'news', 'daily', 'journal', 'herald', 'tribune', 'gazette', 'courier', 'observer', 'press',
  'chronicle', 'ledger', 'record', 'review', 'standard', 'express', 'mirror', 'guardian', 'telegraph', 'report',
  'weekly', 'monitor', 'examiner', 'sentinel', 'bulletin', 'register', 'independent', 'reporter', 'media',
  'magazine', 'radio', 'online', 'today', 'world', 'voice', 'echo', 'mail', 'star', 'sun', 'globe',
  'presse', 'journal', 'quotidien', 'hebdo', 'monde', 'nouvelles', 'gazette', 'courrier', 'dépêche', 'écho',
  'zeitung', 'nachrichten', 'tagblatt', 'anzeiger', 'rundschau', 'kurier', 'presse', 'allgemeine', 'morgenpost', 'abendblatt',
  'diario', 'noticias', 'periódico', 'crónica', 'heraldo', 'correo', 'semanario', 'prensa', 'gaceta', 'informador',
  'jornal', 'notícias', 'correio', 'gazeta', 'folha', 'diário', 'giornale', 'gazzetta', 'notizie', 'corriere', 'cronaca',
  'krant', 'dagblad', 'nieuws', 'courant', 'avis', 'tidning', 'tidende', 'posten', 'nyheter', 'bladet', 'sanomat',
  'uutiset', 'noviny', 'gazeta', 'wiadomości', 'dziennik', 'vesti', 'vijesti', 'novosti', 'новости', 'вести',
  'газета', 'вијести', 'новине', 'ειδήσεις', 'haber', 'haberler', 'gazetesi',
]);
