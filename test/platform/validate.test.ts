import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/platform/validate';

const good = {
  url: 'https://news.example/a', isNewsArticle: true, readerable: true, text: 'Body', html: '<p>Body</p>', wordCount: 1,
  metadata: { title: 'T', authors: [{ name: 'Ann Lee', kind: 'person', given: 'Ann', family: 'Lee' }, { name: '' }, 'x'], itemType: 'article-newspaper', provenance: { title: 'json-ld', x: 3 } },
  removed: [{ rule: 'donation-appeal', text: 'Give', html: '<div>Give</div>', position: 2 }, { rule: 5 }],
  extra: 'dropped',
};

describe('validateArticle', () => {
  it('keeps a well-formed result and drops malformed parts', () => {
    const a = validateArticle(good);
    expect(a?.metadata.authors).toEqual([{ name: 'Ann Lee', kind: 'person', given: 'Ann', family: 'Lee' }]);
    expect(a?.metadata.provenance).toEqual({ title: 'json-ld' });
    expect(a?.removed).toEqual([{ rule: 'donation-appeal', text: 'Give', html: '<div>Give</div>', position: 2 }]);
    expect(a).not.toHaveProperty('extra');
  });

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['no html', { ...good, html: undefined }],
    ['html over the cap', { ...good, html: 'x'.repeat(5_000_001) }],
  ])('rejects %s', (_name, value) => {
    expect(validateArticle(value)).toBeNull();
  });

  it('coerces odd field types to safe defaults', () => {
    const a = validateArticle({ ...good, wordCount: 'many', dir: 'sideways', metadata: { itemType: 'novel', title: 42 } });
    expect(a).toMatchObject({ wordCount: 0, dir: undefined, metadata: { itemType: 'webpage', authors: [], url: good.url } });
    expect(a?.metadata.title).toBeUndefined();
  });
});
