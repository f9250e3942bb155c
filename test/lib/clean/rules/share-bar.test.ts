import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('share-bar', () => {
  it('removes rows of share intents', async () => {
    const bar = '<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">Partager</a><a href="https://twitter.com/intent/tweet?u=x">Tweeter</a></div>';
    expect((await cleanFragment(bar + BODY)).rules).toContain('share-bar');
  });
  it('keeps a paragraph that links to a tweet', async () => {
    const p = '<p>The minister announced the decision <a href="https://twitter.com/minister/status/1">on social media</a> late on Sunday.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
});
