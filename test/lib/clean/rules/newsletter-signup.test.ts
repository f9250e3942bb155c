import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('newsletter-signup', () => {
  it('removes sign-up boxes with an e-mail form or a newsletter link', async () => {
    for (const box of [
      '<div class="nl"><h3>Join our Newsletter</h3><p>Get the latest news right to your inbox.</p><form><input type="email"><button>Sign up</button></form></div>',
      '<div><p>Verpasse keine News: jetzt den Newsletter abonnieren.</p><form><input type="email"></form></div>',
      '<p>Inscrivez-vous à notre newsletter : <a href="/newsletter">je m\'inscris</a></p>',
      '<div><p>Suscríbete a nuestro boletín y recibe las noticias en tu correo.</p><a href="https://x.list-manage.com/subscribe">Suscribirme</a></div>',
      '<p>Meld deg på vårt nyhetsbrev og få nyhetene i innboksen din. <a href="/nyhetsbrev">Meld deg på</a></p>',
      '<p>Tilaa uutiskirjeemme suoraan sähköpostiisi. <a href="/uutiskirje">Tilaa</a></p>',
      '<p>Подпишитесь на рассылку: новости на вашу почту. <a href="/rassylka">Подписаться</a></p>',
    ]) {
      const out = await cleanFragment(BODY + box);
      expect(out.rules, box).toContain('newsletter-signup');
    }
  });
  it('keeps an article about a newsletter business', async () => {
    const body = BODY + '<p>Readers who sign up to a dozen newsletters tend to unsubscribe from most within a year, according to a survey.</p>' +
      '<p>Her newsletter now reaches 40,000 inboxes, she said, and about 3,000 readers pay for it.</p>';
    expect((await cleanFragment(body)).rules).toEqual([]);
  });
  it('removes an e-mail capture form in a language it has no words for, by its shape', async () => {
    const box = '<div class="box"><h3>Iratkozzon fel!</h3><p>Kapja meg reggelente a nap híreit.</p><form><input type="email"><button>Feliratkozom</button></form></div>';
    expect((await cleanFragment(BODY + box)).rules).toContain('newsletter-signup');
  });
  it('leaves a comment form (it has a text area) to the comment rule', async () => {
    const comment = '<div><p>Szólj hozzá!</p><form><textarea></textarea><input type="email"><button>Küldés</button></form></div>';
    expect((await cleanFragment(BODY + comment)).rules).not.toContain('newsletter-signup');
  });
  it('removes the plug that closes a story, with or without its link', async () => {
    for (const plug of [
      '<div class="para"><em>The Herald will soon launch Harbour Notes, a weekly newsletter on the port and its people. Sign up </em><a href="/specials/harbour-notes"><em>here</em></a><em>.</em></div>',
      '<p>Wenn du keinen Artikel mehr zu Radreisen verpassen willst, dann hol dir jetzt meinen gratis Newsletter! Du kannst mir auch auf <a href="https://social.example/radblog">Mastodon</a> folgen.</p>',
    ]) {
      const out = await cleanFragment(BODY + plug);
      expect(out.rules, plug).toContain('newsletter-signup');
      expect(out.text).toContain('The scheme will be reviewed');
    }
  });
  it('removes a pitch with three calls inside the story', async () => {
    const pitch = '<p><em><strong>Keine Nachricht aus der Region verpassen? Abonnieren Sie unser Morgenbriefing, jeden Tag um 6 Uhr in Ihrer Inbox. <a href="https://briefing.example/anmeldung">Hier geht’s zur Anmeldung</a>!</strong></em></p>';
    const out = await cleanFragment(BODY + pitch + BODY);
    expect(out.rules).toContain('newsletter-signup');
    expect(out.text).not.toContain('Morgenbriefing');
  });
  it('keeps a closing paragraph about a newsletter business', async () => {
    const p = '<p>The newsletter, which readers can sign up for without paying, now has two million subscribers, the company said.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('removes a one-line sign-up call that carries its link', async () => {
    const line = '<p>Do you want to be informed of our actions? <a href="/join">Sign up here</a></p>';
    expect((await cleanFragment(BODY + line)).rules).toContain('newsletter-signup');
  });
});
