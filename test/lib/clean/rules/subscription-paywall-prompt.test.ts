import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('subscription-paywall-prompt', () => {
  it('removes paywall prompts', async () => {
    for (const box of [
      '<div><p>To view the full story, please subscribe.</p><a href="/subscribe">Subscribe now</a></div>',
      '<div><p>Cet article est réservé aux abonnés. Déjà abonné ? <a href="/connexion">Se connecter</a></p></div>',
      '<div><p>Weiterlesen mit Plus. Jederzeit kündbar.</p><a href="/abo/plus">Jetzt abonnieren</a></div>',
      '<p>Zapraszamy też do subskrypcji. <a href="/subskrypcja">Wykup dostęp</a></p>',
      '<div><p>Artikeln är endast för prenumeranter. Redan prenumerant? <a href="/logga-in">Logga in</a></p><a href="/prenumerera">Bli prenumerant</a></div>',
      '<div><p>Kun for abonnenter. Er du allerede abonnent? <a href="/log-ind">Log ind</a></p></div>',
      '<div><p>Tämä sisältö on vain tilaajille. Oletko jo tilaaja? <a href="/kirjaudu">Kirjaudu</a></p></div>',
      '<div><p>Obsah pro předplatitele. Už jste předplatitel? <a href="/prihlaseni">Přihlásit se</a></p></div>',
      '<div><p>Материал доступен только для подписчиков. <a href="/subscribe">Оформите подписку</a></p></div>',
      // Río de la Plata Spanish, the offer box at an article's end.
      '<div id="subscription-cta-bottom" class="cta-banner"><h2>Tenemos algo para ofrecerte</h2><div><p>Con tu suscripción navegás sin límites, accedés a contenidos exclusivos y mucho más.</p></div><a href="https://suscripciones.diario.example/"><div class="button">Ver promos de suscripción</div></a></div>',
    ]) {
      expect((await cleanFragment(BODY + box)).rules, box).toContain('subscription-paywall-prompt');
    }
  });
  it('leaves a newsletter sign-up to the newsletter rule, in the new languages too', async () => {
    const box = '<p>Prenumerera på vårt nyhetsbrev och få nyheterna i din inkorg. <a href="/nyhetsbrev">Prenumerera</a></p>';
    const out = await cleanFragment(BODY + box);
    expect(out.rules).toContain('newsletter-signup');
    expect(out.rules).not.toContain('subscription-paywall-prompt');
  });
  it('keeps reporting about streaming offers and their exclusive content', async () => {
    const p = '<p>La plataforma anunció que sus contenidos exclusivos llegarán a Argentina en marzo, con acceso ilimitado por un precio menor al de sus competidores, según informó la empresa.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('keeps reporting about subscriptions', async () => {
    const p = '<p>"Subscribe, watch what you want and cancel," said the analyst, describing how consumers now treat streaming services.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
});

describe('subscription-paywall-prompt continuation', () => {
  it('takes the sibling paragraphs of a split prompt, and stops at article text', async () => {
    const out = await cleanFragment(BODY + '<p>To view the full story, please subscribe to The Paper.</p>' +
      '<p>First-time subscribers also receive a welcome gift.</p>' +
      '<p>Already a subscriber? You can log in for immediate access.</p>');
    expect(out.text).not.toContain('First-time subscribers');
    expect(out.text).not.toContain('Already a subscriber');
    expect(out.text).toContain('The scheme will be reviewed');
  });
});
