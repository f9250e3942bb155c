import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../../src/lib/clean';
import { BODY, docFrom } from '../helpers';

describe('extra-selectors', () => {
  it('removes what the reader\'s selectors match and ignores invalid ones', () => {
    const doc = docFrom(`<body><article>${BODY}<div class="promo-x">Buy things</div></article></body>`);
    const removed = cleanDocument(doc, { extraSelectors: ['.promo-x', '[[invalid'] });
    expect(removed.map((r) => r.rule)).toContain('extra-selectors');
    expect(doc.body.textContent).not.toContain('Buy things');
  });
  it('never removes the article body', () => {
    const doc = docFrom(`<body><article class="main">${BODY}</article></body>`);
    cleanDocument(doc, { extraSelectors: ['article', 'body'] });
    expect(doc.body.textContent).toContain('The scheme will be reviewed');
  });
});
