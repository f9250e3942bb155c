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
});
