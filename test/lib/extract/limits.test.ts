import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { countStartTags } from '../../../src/lib/extract/limits';
import { countElements } from '../../../src/lib/extract/safe-dom';

describe('countStartTags: the element count before any parse', () => {
  it('counts start tags, not end tags, comments, doctypes or a lone "<"', () => {
    expect(countStartTags('<!doctype html><html><body><!-- c --><p>a < b</p><br/></body></html>')).toBe(4);
  });

  it('stays within the slack of what the parser builds on a page with scripts', () => {
    const html = `<html><head><script>if (a<b) x='<div>';</script></head><body>${'<div><p>text</p></div>'.repeat(500)}</body></html>`;
    const built = countElements(new JSDOM(html).window.document);
    const raw = countStartTags(html);
    expect(raw).toBeGreaterThanOrEqual(built - 2); // implied elements only
    expect(raw).toBeLessThanOrEqual(built * 1.5);
  });
});
