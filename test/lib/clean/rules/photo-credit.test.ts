import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('photo-credit', () => {
  it('removes stand-alone credit lines', async () => {
    for (const c of ['<p>© STRINGER / AFP</p>', '<p>Photo: Jane Doe/Reuters</p>', '<span>Foto: dpa</span>']) {
      expect((await cleanFragment(c + BODY)).rules, c).toContain('photo-credit');
    }
  });
  it('keeps captions and sentences starting with the same words', async () => {
    const out = await cleanFragment('<figure><img src="a.jpg"><figcaption>Firefighters at the scene on Friday.</figcaption></figure>' +
      '<p>Photographs taken at the scene show the damage to the roof.</p>' + BODY);
    expect(out.rules).toEqual([]);
  });
});
