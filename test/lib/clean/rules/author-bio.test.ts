import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('author-bio', () => {
  it('removes titled bio boxes', async () => {
    for (const box of ['<div><h4>About the author</h4><p>Jane Doe covers energy.</p></div>', '<div><h4>Über den Autor</h4><p>Max Muster ist Redakteur.</p></div>',
      '<div><h4>Om skribenten</h4><p>Anna Berg är reporter och skriver om kommunpolitik.</p></div>',
      '<div><h4>Об авторе</h4><p>Мария Иванова — журналист издания, пишет о культуре.</p></div>']) {
      expect((await cleanFragment(BODY + box)).rules, box).toContain('author-bio');
    }
  });
  it('keeps a paragraph describing a person in the story', async () => {
    const p = '<p>Ms Patel is a reporter at the local radio station and has covered the council for ten years.</p>';
    expect((await cleanFragment(p + BODY)).rules).toEqual([]);
  });
});
