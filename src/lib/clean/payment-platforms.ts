// Where readers are sent to give money: tip, membership and payment-link services. Knowledge, not
// rules: a link here asks for money in any language, so the cleaner reads it as a call to act.
// Matched as lower-case fragments of a link's URL (host, or host + path where the host also serves
// pages that ask for nothing, like PayPal's or Stripe's). Crowdfunding sites for one-off campaigns
// (GoFundMe, Kickstarter, Ulule, KissKissBankBank) are left out: stories about a fundraiser link there.

/** Recurring support and tip jars: creators and newsrooms ask for membership here. */
const TIP_JARS = [
  'patreon.com', 'tipeee.com', 'ko-fi.com', 'buymeacoffee.com', 'liberapay.com', 'steadyhq.com', 'steady.page',
  'apoia.se', 'catarse.me', 'benfeitoria.com', 'opencollective.com', 'boosty.to', 'presspatron.com',
  'memberful.com', 'cloudtips.ru', 'yoomoney.ru/to/', 'yoomoney.ru/fundraise', 'donationalerts.com',
];

/** Donation forms that newsrooms and non-profits embed or link. */
const DONATION_FORMS = [
  'donorbox.org', 'givebutter.com', 'helloasso.com', 'betterplace.org', 'darujme.cz', 'donio.cz',
  'fundraiseup.com', 'raisenow.io', 'raisenow.com', 'donately.com',
];

/** Payment links: a checkout page or a personal "pay me" address, never the provider's own site. */
const PAYMENT_LINKS = [
  'paypal.com/donate', 'paypal.com/paypalme', 'paypal.com/cgi-bin/webscr', 'paypal.com/ncp/payment', 'paypal.me',
  'buy.stripe.com', 'donate.stripe.com', 'checkout.stripe.com',
  'payment-links.mollie.com', 'useplink.com', 'tikkie.me', 'bunq.me', 'revolut.me', 'monzo.me',
  'venmo.com/u/', 'cash.app/$',
];

/** Mobile payment apps' links and QR targets (Swish, Vipps, MobilePay, Twint). Bizum, Blik and Pix
 *  keys are shown as text, not links, and are read as words. */
const MOBILE_PAYMENTS = ['swish.nu', 'vipps.no', 'mobilepay.dk', 'mobilepay.fi', 'twint.ch/pay', 'pay.twint'];

/** Every URL fragment that sends the reader to pay. */
export const PAYMENT_PLATFORMS: readonly string[] = [...TIP_JARS, ...DONATION_FORMS, ...PAYMENT_LINKS, ...MOBILE_PAYMENTS];

/**
 * Payment apps and tip jars that appeals name in their text, often with no link (a phone number or a
 * key to send to: "MobilePay til 71 024", "yapear o plinear al 951…", "Pix: contato@…", "בביט או
 * בפייבוקס"). A story can name them too (a report on the app itself), so they count only in the
 * outlet's own voice (outlet-voice.ts), never alone. Lower-case, matched as whole words.
 */
export const PAYMENT_NAMES: readonly string[] = [
  'mobilepay', 'vipps', 'swish', 'swisha', 'twint', 'bizum', 'blik', 'pix', 'chave pix', 'mb way', 'mbway',
  'yape', 'yapear', 'plin', 'plinear', 'nequi', 'daviplata', 'mercado pago', 'cafecito', 'sinpe móvil',
  'paypal', 'patreon', 'tipeee', 'ko fi', 'liberapay', 'apoia se', 'catarse', 'buy me a coffee',
  'patronite', 'buycoffee', 'zrzutka', 'contribee', 'donorbox', 'trakteer', 'saweria', 'sociabuzz', 'karyakarsa',
  'gcash', 'promptpay', 'พร้อมเพย์', 'momo', 'zalopay', 'upi', 'paytm', 'phonepe', 'razorpay', 'm pesa', 'mpesa',
  'monobank', 'монобанк', 'монобанку', 'boosty', 'юmoney', 'ביט', 'paybox', 'פייבוקס',
  'orange money', 'mtn momo', 'revolut', 'tikkie', 'satispay', 'bancontact', 'payconiq',
  'kakaopay', '카카오페이', '토스', 'line pay', 'paypay', 'wechat pay', '微信支付', 'alipay', '支付宝', '街口',
  // Pakistan and Bangladesh (Latin and Urdu script; Bengali বিকাশ and নগদ are also everyday words).
  'jazzcash', 'jazz cash', 'easypaisa', 'جاز کیش', 'ایزی پیسہ', 'ایزی پیسا', 'bkash',
];

/**
 * A bank account to transfer to, as appeals print it: an IBAN ("SI56 6100 0002 3456 789", "DE89 3704
 * 0044 0532 0130 00"), a Balkan current account ("160-0000000421337-58"), or 16 to 22 digits in
 * groups (a Mexican CLABE "0123 2000 1234 5678 90", card-style account numbers; not four years in a row).
 * Language-free.
 */
export const BANK_ACCOUNT = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?\b|\b\d{3}-\d{8,13}-\d{2}\b|\b(?=(?:\d[ \u00a0]?){16,22}\b)(?!(?:(?:19|20)\d\d[ \u00a0]?){4})\d{2,6}(?:[ \u00a0]\d{2,6}){2,}\b/;
