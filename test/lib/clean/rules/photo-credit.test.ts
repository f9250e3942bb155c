import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('photo-credit', () => {
  it('removes stand-alone credit lines', async () => {
    for (const c of ['<p>© STRINGER / AFP</p>', '<p>Photo: Jane Doe/Reuters</p>', '<span>Foto: dpa</span>',
      '<p>Kuva: Lehtikuva</p>', '<p>Фото: ТАСС</p>', '<p>Foto: Anna Berg/TT</p>']) {
      expect((await cleanFragment(c + BODY)).rules, c).toContain('photo-credit');
    }
  });
  it('keeps captions and sentences starting with the same words', async () => {
    const out = await cleanFragment('<figure><img src="a.jpg"><figcaption>Firefighters at the scene on Friday.</figcaption></figure>' +
      '<p>Photographs taken at the scene show the damage to the roof.</p>' + BODY);
    expect(out.rules).toEqual([]);
  });
  it('removes slash-joined agency credits and "Photograph by" lines, keeps prose with a slash', async () => {
    for (const c of ['<p>(REUTERS/Jane Roe)</p>', '<span>City Museum/Getty Images</span>', '<p>Photograph by Sam Lee</p>']) {
      expect((await cleanFragment(c + BODY)).rules, c).toContain('photo-credit');
    }
    const keep = '<p>The 24/7 helpline and the clinic will stay open.</p>';
    expect((await cleanFragment(keep + BODY)).rules).toEqual([]);
  });
  it('removes the featured image\'s credit line', async () => {
    for (const c of ['<p><u>Beitragsbild:</u> Titelseite der Zeitung vom 2.4.2019, Ausriss.</p>', '<p>Featured image: Jane Doe / Flickr</p>']) {
      expect((await cleanFragment(BODY + c)).rules, c).toContain('photo-credit');
    }
  });
});
