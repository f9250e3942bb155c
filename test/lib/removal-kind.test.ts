// The Removed panel names what a block was when its rule's name does not say it (issue 18).
import { describe, expect, it } from 'vitest';
import { removalKind } from '../../src/lib/removal-kind';

const r = (rule: string, text: string) => ({ rule, text });

describe('removalKind', () => {
  it('a byline or date row taken by a share bar or the site-chrome rule is a byline', () => {
    expect(removalKind(r('share-bar', 'By Mara Ellison · Share Tweet Email'), ['Mara Ellison'])).toBe('byline');
    expect(removalKind(r('site-chrome', 'Publié le 18 novembre 2017 - 17:22'), [])).toBe('byline');
    expect(removalKind(r('site-chrome', '2024年3月12日 09:13'), [])).toBe('byline');
    expect(removalKind(r('share-bar', 'Teilen 12.03.2024'), [])).toBe('byline');
  });

  it('blocks whose rule says what they are, long blocks and plain share bars get no kind', () => {
    expect(removalKind(r('share-bar', 'Partager Tweeter E-mail'), ['AFP'])).toBeUndefined();
    expect(removalKind(r('author-bio', 'Mara Ellison covers the harbour for the Ledger since 2019.'), ['Mara Ellison'])).toBeUndefined();
    expect(removalKind(r('related-links', 'Read also: Mill vote, March 12, 2024'), [])).toBeUndefined();
    expect(removalKind(r('donation-appeal', `Support us. ${'We need you. '.repeat(20)} March 12, 2024`), [])).toBeUndefined();
    // Short author names ("AP") would match inside words.
    expect(removalKind(r('site-chrome', 'Maps and apps'), ['AP'])).toBeUndefined();
  });
});
