import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('social-follow', () => {
  it('removes follow-us boxes', async () => {
    for (const box of ['<p>Follow us on <a href="https://twitter.com/paper">X</a> and <a href="https://www.instagram.com/paper">Instagram</a></p>',
      '<p>Suivez-nous sur <a href="https://www.facebook.com/journal">Facebook</a></p>']) {
      expect((await cleanFragment(BODY + box)).rules, box).toContain('social-follow');
    }
  });
  it('removes a follow plug that closes the story, and never a link cut out of a sentence', async () => {
    const plug = '<p><b>If you liked this month\'s roundup of field research, </b><a href="https://northwind.example/video-subscribe"><b>subscribe to our YouTube channel</b></a><b> for the video versions.</b></p>';
    const out = await cleanFragment(BODY + plug);
    expect(out.rules).toContain('social-follow');
    expect(out.text).not.toContain('video versions');
    const middle = '<p><b>Check back for the next roundup and </b><a href="https://www.youtube.com/northwind"><b>subscribe to our YouTube channel</b></a><b> for the video versions of each story.</b></p>';
    const cut = await cleanFragment(middle + BODY);
    // The sentence goes whole or stays whole: its link alone is never taken out of it.
    expect(cut.text).not.toMatch(/roundup and\s+for the video/);
    expect(cut.removed.map((r) => r.text)).not.toContain('subscribe to our YouTube channel');
  });
  it('keeps a sentence citing a social post', async () => {
    const p = '<p>The senator wrote on <a href="https://twitter.com/senator/status/1">X</a> that she would follow the party line.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('keeps an intro paragraph that ends with a follow call', async () => {
    const p = '<p>At Northwind we build tools for field researchers and publish a short roundup of the month\'s findings every few weeks. <a href="https://www.linkedin.com/company/northwind">Follow us</a> to stay up to date. In this edition: soil sensors, drone surveys of wetlands, and a new way to label bird recordings.</p>';
    expect((await cleanFragment(p + BODY)).rules).toEqual([]);
  });
  it('keeps a follow call that is one run of a sentence split over inline elements', async () => {
    const p = '<p><b>At Northwind we build tools for field researchers and publish a roundup of the month\'s findings. </b><a href="https://www.linkedin.com/company/northwind"><b>Follow us</b></a><b> to stay up to date on our work. In this edition: soil sensors, drone surveys of wetlands, and bird recordings.</b></p>';
    const out = await cleanFragment(BODY + p);
    expect(out.text).toContain('Follow us to stay up to date on our work.');
  });
});
