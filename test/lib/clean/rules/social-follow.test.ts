import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('social-follow', () => {
  it('removes follow-us boxes', async () => {
    for (const box of ['<p>Follow us on <a href="https://twitter.com/paper">X</a> and <a href="https://www.instagram.com/paper">Instagram</a></p>',
      '<p>Suivez-nous sur <a href="https://www.facebook.com/journal">Facebook</a></p>']) {
      expect((await cleanFragment(BODY + box)).rules, box).toContain('social-follow');
    }
  });
  it('keeps a sentence citing a social post', async () => {
    const p = '<p>The senator wrote on <a href="https://twitter.com/senator/status/1">X</a> that she would follow the party line.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
});
