import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('share-bar', () => {
  it('removes rows of share intents', async () => {
    const bar = '<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">Partager</a><a href="https://twitter.com/intent/tweet?u=x">Tweeter</a></div>';
    expect((await cleanFragment(bar + BODY)).rules).toContain('share-bar');
  });
  it('takes only the buttons out of an article header that holds the headline', async () => {
    const header = '<div class="article-header"><h1>Council votes to restore the mill</h1><p>By AFP</p>'
      + '<div class="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a>'
      + '<a href="https://twitter.com/intent/tweet?url=x">Tweet</a></div></div>';
    const out = await cleanFragment(header + BODY);
    expect(out.rules).toContain('share-bar');
    expect(out.removed.find((r) => r.rule === 'share-bar')?.text).toMatch(/^Share ?Tweet$/);
    expect(out.text).toContain('Council votes to restore the mill');
  });
  it('keeps a paragraph that links to a tweet', async () => {
    const p = '<p>The minister announced the decision <a href="https://twitter.com/minister/status/1">on social media</a> late on Sunday.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
});
