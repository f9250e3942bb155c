import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('site-chrome', () => {
  it('removes tag lists', async () => {
    const out = await cleanFragment(BODY + '<div>Tags: <a href="/t/a">Parking</a>, <a href="/t/b">Council</a></div>');
    expect(out.rules).toContain('site-chrome');
  });
  it('keeps a paragraph starting with "Topics"', async () => {
    const p = '<p>Topics on the agenda included the budget, the new library and a proposal to rename the main square after a local poet.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('removes whole-block labels, datelines and post-meta lines', async () => {
    for (const c of ['<p>Anzeige</p>', '<p>- Advertisement -</p>', '<p>Kontakt:</p>', '<div>Inhaltsverzeichnis</div>',
      '<p>Aktualisiert am 03.02.2024</p>', '<span>12 marca 2024</span>', '<p>19:45</p>',
      '<p>This entry was posted in News. Bookmark the permalink.</p>']) {
      expect((await cleanFragment(BODY + c)).rules, c).toContain('site-chrome');
    }
  });
  it('keeps date headings of a chronology and sentences with dates', async () => {
    const html = '<h2>March 2020</h2>' + BODY + '<h3>12 May 2021</h3><p>On 12 May 2021 the council voted.</p>';
    expect((await cleanFragment(html)).rules).toEqual([]);
  });
});
