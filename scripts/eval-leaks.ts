// Classifies a leaked `without` snippet as newsletter or donation/subscription by Lectern's own phrase
// lists, so the eval can count the leaks the issue targets.
import { hasPhrase, normalize, phrases } from '../src/lib/clean/text';
import { CALLS as NEWSLETTER } from '../src/lib/clean/rules/newsletter-signup';
import { CALLS as DONATION } from '../src/lib/clean/rules/donation-appeal';
import { CALLS as SUBSCRIPTION } from '../src/lib/clean/rules/subscription-paywall-prompt';

const NEWSLETTER_WORDS = phrases(['newsletter*', 'nieuwsbrief', 'infolettre', 'boletín', 'inbox', 'postfach']);
const DONATION_WORDS = phrases(['donat*', 'spende*', 'don', 'dons', 'abonn*', 'abo', 'subscri*', 'suscri*',
  'abbona*', 'assin*', 'subskryp*', 'paywall']);

export function leakKind(snippet: string): 'newsletter' | 'donation' | null {
  const n = normalize(snippet);
  if (hasPhrase(n, NEWSLETTER_WORDS) || hasPhrase(n, NEWSLETTER)) return 'newsletter';
  if (hasPhrase(n, DONATION_WORDS) || hasPhrase(n, DONATION) || hasPhrase(n, SUBSCRIPTION)) return 'donation';
  return null;
}
