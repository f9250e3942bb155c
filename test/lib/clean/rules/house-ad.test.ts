import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('house-ad', () => {
  it('removes one-line shop, offer and registration calls with a link', async () => {
    for (const line of [
      '<p>Besuchen Sie unseren <a href="https://shop.example/">Fan-Shop!</a></p>',
      '<p>Print edition now digital! <a href="/register">Click here to register.</a></p>',
      '<p>Szukasz mieszkania? <a href="https://oferty.example/">Zobacz oferty na naszym portalu</a></p>',
      '<p><a href="/boutique">Visitez notre boutique</a> pour retrouver nos hors-séries.</p>',
      '<p>¿Quieres la edición impresa? <a href="/tienda">Visita nuestra tienda</a></p>',
    ]) {
      const mid = BODY.replace('</p><p>', '</p>' + line + '<p>');
      expect((await cleanFragment(mid)).rules, line).toContain('house-ad');
    }
  });
  it('keeps prose, link-less lines and quoted calls', async () => {
    const body = BODY +
      '<p>Under the new rules, a button reading click here to buy must say who is paid, and shops must show the full price.</p>' +
      '<p>"Click here and order now," the <a href="/scam">fake site</a> urged, police said.</p>' +
      '<p>Visitez notre boutique, disait l\'affiche.</p>';
    expect((await cleanFragment(body)).rules).toEqual([]);
  });
});

describe('the outlet\'s podcast box', () => {
  it('a box sending the reader to two podcast platforms goes', async () => {
    const box = '<div class="pod"><p><strong>PODCAST · VOCES DEL VALLE</strong></p><p>Nuevo episodio: la cosecha que no llegó.</p>' +
      '<p><a href="https://open.spotify.com/show/x">Spotify</a> · <a href="https://www.ivoox.com/p_1.html">iVoox</a></p></div>';
    const out = await cleanFragment(BODY + box);
    expect(out.text).not.toContain('Nuevo episodio');
    expect(out.rules).toContain('house-ad');
  });
  it('a story paragraph about a podcast that names the platforms stays', async () => {
    const p = '<p>The show, which the two sisters started in their kitchen in 2019, is now one of the ten most downloaded in the country on Spotify and Apple Podcasts, and they have signed a deal with a national broadcaster.</p>';
    expect((await cleanFragment(BODY + p)).text).toContain('The show, which the two sisters started');
  });
});
