import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('app-promo', () => {
  it('removes app promotions with store links', async () => {
    for (const box of ['<div><p>Download our app for breaking news alerts.</p><a href="https://apps.apple.com/app/id1">App Store</a></div>',
      '<div><p>Ladda ner vår app och få nyheterna direkt.</p><a href="https://apps.apple.com/app/id2">App Store</a></div>',
      '<div><p>Скачайте приложение и читайте новости первыми.</p><a href="https://play.google.com/store/apps/details?id=x">Google Play</a></div>']) {
      expect((await cleanFragment(BODY + box)).rules, box).toContain('app-promo');
    }
  });
  it('keeps a paragraph about an app', async () => {
    const p = '<p>The app, which the ministry launched in <a href="https://play.google.com/store/apps/details?id=gov">the Play store</a>, has been downloaded two million times, officials said on Monday, despite complaints about its battery use and frequent crashes on older phones.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('removes push-notification prompts', async () => {
    for (const line of ['<p>Verpasse keine News! Aktiviere die Benachrichtigungen</p>', '<p>Activez les notifications pour ne rien manquer.</p>']) {
      expect((await cleanFragment(BODY + line)).rules, line).toContain('app-promo');
    }
  });
});
