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

/**
 * Pages whose last three paragraphs carry appeal or sign-up wording. The corpus's `without` snippets
 * do not cover every closing appeal (session 5 found El Faro's, L-MAG's and CNN's by reading), so the
 * eval also scans the end of every output with words written here, independent of the rules' own
 * lists; what it flags is read by hand (an article about a fundraiser trips it too).
 */
const TAIL_PLUG = /\b(?:support (?:us|our (?:work|journalism))|donat(?:e|ion)|spende[nr]?\b|unterstütze?n? (?:sie )?uns|faites un don|soutenez|apóyanos|apoya (?:a|el periodismo)|sostienici|doe agora|newsletter|nieuwsbrief|abonnieren sie|abonnez-vous|subscribe|suscr[ií]b|iscriviti|inscreva-se|sign up|zur anmeldung|supporter werden|zahl[’'‘]? ich)/i;

export function tailPlug(text: string): string | null {
  const paras = text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean).slice(-3);
  return paras.find((p) => p.length < 600 && TAIL_PLUG.test(p)) ?? null;
}
