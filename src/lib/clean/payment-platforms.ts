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
