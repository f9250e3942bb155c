import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('related-links', () => {
  it('removes inline read-also inserts in several languages', async () => {
    for (const lead of ['Read also:', 'Lire aussi :', 'Lea también:', 'Mehr zum Thema:', 'Leggi anche:', 'Leia também:', 'Lees ook:', 'Czytaj też:']) {
      const out = await cleanFragment(BODY + `<p><strong>${lead}</strong> <a href="/x">Another story about something</a></p>` + BODY);
      expect(out.rules, lead).toContain('related-links');
    }
  });
  it('removes a titled list and its heading', async () => {
    const out = await cleanFragment(BODY + '<h3>Related articles</h3><ul><li><a href="/a">One story</a></li><li><a href="/b">Another one</a></li></ul>');
    expect(out.text).not.toContain('Related articles');
    expect(out.text).not.toContain('One story');
  });
  it('keeps prose that links to other stories', async () => {
    const p = '<p>Read more about the plan in <a href="/x">our earlier report</a>, which described how the council had first proposed the scheme in 2023 and then withdrawn it after protests from traders, residents and several local schools.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('removes link-only lines after the last paragraph, keeps a link line inside the body', async () => {
    const inside = '<p><a href="/report.pdf">The full report</a></p>';
    const tail = '<p><a href="/other/story-1">Ferry strike ends after four days</a></p><ul><li><a href="/x">Harbour plans</a></li><li><a href="/y">New mayor</a></li></ul>';
    const out = await cleanFragment('<p>The harbour authority published its yearly figures on Monday, showing more ferry crossings than ever.</p>' + inside + BODY + tail);
    expect(out.text).toContain('The full report');
    expect(out.text).not.toContain('Ferry strike');
    expect(out.text).not.toContain('Harbour plans');
    expect(out.rules).toContain('related-links');
  });
  it('removes dangling "more on" labels in German', async () => {
    const out = await cleanFragment(BODY + '<h3>Das Thema könnte dich auch interessieren:</h3>');
    expect(out.rules).toContain('related-links');
  });
});
