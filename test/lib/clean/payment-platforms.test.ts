// The payment-platform list is data: every entry is a URL fragment in the form links are compared
// in, real links to each service match, and the providers' own pages (which ask for nothing) do not.
import { describe, expect, it } from 'vitest';
import { PAYMENT_PLATFORMS } from '../../../src/lib/clean/payment-platforms';
import { urlHas } from '../../../src/lib/clean/text';

describe('PAYMENT_PLATFORMS', () => {
  it('holds lower-case fragments without a scheme, each once', () => {
    for (const f of PAYMENT_PLATFORMS) expect(f, f).toMatch(/^[a-z0-9.\-/$_]+$/);
    expect(new Set(PAYMENT_PLATFORMS).size).toBe(PAYMENT_PLATFORMS.length);
  });

  it.each([
    'https://www.patreon.com/lanouvellegazette', 'https://fr.tipeee.com/le-media-libre', 'https://ko-fi.com/thedailyzine',
    'https://liberapay.com/pressefreie', 'https://steadyhq.com/de/krautreporter/about', 'https://apoia.se/jornalismo-livre',
    'https://www.catarse.me/assinatura_revista', 'https://www.buymeacoffee.com/localnews', 'https://donorbox.org/support-the-herald',
    'https://www.paypal.com/donate/?hosted_button_id=ABC123', 'https://paypal.me/redaktion', 'https://buy.stripe.com/4gw5kD1',
    'https://donate.stripe.com/test_14k', 'https://useplink.com/payment/xyz', 'https://tikkie.me/pay/abc', 'https://www.helloasso.com/associations/x/formulaires/1',
    'https://app.swish.nu/1/p/sw/?sw=1234567890', 'https://qr.vipps.no/28/2/01/031/4712345678', 'https://pay.raisenow.io/abcd',
  ])('%s asks for money', (href) => {
    expect(urlHas(href.toLowerCase(), PAYMENT_PLATFORMS)).toBe(true);
  });

  it.each([
    'https://www.paypal.com/us/business', 'https://stripe.com/docs/payments', 'https://www.gofundme.com/f/rebuild-the-library',
    'https://www.kickstarter.com/projects/x/y', 'https://www.ulule.com/livre/', 'https://news.example/2024/05/patreon-changes-fees',
  ])('%s does not', (href) => {
    expect(urlHas(href.toLowerCase(), PAYMENT_PLATFORMS)).toBe(false);
  });
});
