// A rule that throws on some page (markup nobody foresaw) costs the page that rule, never the article.
import { describe, expect, it } from 'vitest';
import { runPass } from '../../../src/lib/clean/engine';
import type { Rule } from '../../../src/lib/clean/types';
import { docFrom } from './helpers';

describe('a rule that throws', () => {
  it('is skipped for the rest of the page and named; the other rules still run', () => {
    const doc = docFrom(`<body><div id="root">
      <p>First paragraph of the story, long enough to be the text that matters on this page.</p>
      <aside class="x">Ask</aside><aside class="y">Drop me</aside>
      <p>Second paragraph of the story, also long enough to be part of the article text.</p></div></body>`);
    let calls = 0;
    const boom: Rule = { id: 'boom', description: 'throws', test: () => { calls++; throw new TypeError('bad markup'); } };
    const drop: Rule = { id: 'drop', description: 'drops "Drop me"', test: (b) => b.el.textContent === 'Drop me' };
    const failed = new Set<string>();
    const removed = runPass(doc.getElementById('root')!, [boom, drop], 'article', { failed });
    expect(failed).toEqual(new Set(['boom']));
    expect(calls).toBe(1);
    expect(removed.map((r) => r.rule)).toEqual(['drop']);
    expect(doc.body.textContent).toContain('Second paragraph of the story');
  });
});
