// Property tests in the spirit of DOMPurify's own fast-check fuzzing (SECURITY.md A.4, E):
// random HTML from a grammar of tags, attributes and payloads must come out idempotent and safe,
// and an identity "sanitizer" must FAIL the same invariant checker (negative control).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createArticleSanitizer, parseHtmlFragment } from '../../src/lib/sanitize';
import { invariantViolations } from './sanitize-invariants';

const TAGS = ['p', 'div', 'span', 'a', 'b', 'i', 'img', 'table', 'tr', 'td', 'ul', 'li', 'h2', 'blockquote', 'figure', 'figcaption',
  'script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'mtext', 'mglyph', 'foreignObject', 'noscript', 'template', 'form',
  'input', 'button', 'select', 'option', 'textarea', 'base', 'meta', 'link', 'video', 'source', 'picture', 'dialog', 'details',
  'x-evil', 'title', 'xmp', 'noembed', 'annotation-xml', 'desc'];
const ATTRS = ['href', 'src', 'srcset', 'data-src', 'onerror', 'onclick', 'onload', 'ONMOUSEOVER', 'style', 'class', 'id', 'name',
  'action', 'formaction', 'xlink:href', 'popover', 'target', 'rel', 'width', 'height', 'alt', 'title', 'is', 'ping', 'background',
  'shadowrootmode', 'referrerpolicy', 'poster', 'values', 'attributeName'];
const PAYLOADS = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '&#106;avascript:x',
  '\u0000javascript:x', 'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:x',
  'https://ok.example/a.png', 'http://plain.example/b.jpg', '#frag', 'mailto:a@b.example', 'chrome-extension://id/x',
  '</noscript><img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>",
  'data:image/png;base64,iVBORw0KGgo=', '1', '2', '800', 'x', 'user-content-x', 'getElementById', '</style><img src onerror=alert(1)>',
  '<!--', '-->', '--!>', 'https://a.example/1.jpg 1x, javascript:alert(1) 2x'];
const TEXTS = ['hello', '<', '>', '&amp;', '</p>', '</noscript>', '</style>', '<!--', ']]>', '<img src=x onerror=alert(1)>', '${x}', 'café'];

const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...PAYLOADS))
  .map(([n, v]) => `${n}="${v.replace(/"/g, '&quot;')}"`);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }), fc.boolean())
      .map(([tag, attrs, kids, close]) => `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>${kids.join('')}${close ? `</${tag}>` : ''}`),
  ),
}));
const html = fc.array(node, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

const sanitizer = createArticleSanitizer(window);
type Fn = (input: string, remoteImages: boolean) => ParentNode;
const real: Fn = (input, remoteImages) => {
  const div = document.createElement('div');
  div.append(sanitizer.toFragment(input, { remoteImages }));
  return div;
};
// Negative control: parses without sanitizing. The checker must catch it.
const identity: Fn = (input) => parseHtmlFragment(document, input);

const safetyProperty = (fn: Fn): fc.IPropertyWithHooks<[string, boolean]> =>
  fc.property(html, fc.boolean(), (input, remoteImages) => {
    expect(invariantViolations(fn(input, remoteImages), remoteImages)).toEqual([]);
  });

const RUNS = { numRuns: 400, seed: 20261124 };

describe('sanitizer properties', () => {
  it('no on* attribute, no forbidden tag, no non-allowlisted URL scheme survives random input', () => {
    fc.assert(safetyProperty(real), RUNS);
  });

  it('sanitizing twice equals sanitizing once (serialised output)', () => {
    fc.assert(
      fc.property(html, fc.boolean(), (input, remoteImages) => {
        const once = sanitizer.toHtml(input, { remoteImages });
        expect(sanitizer.toHtml(once, { remoteImages })).toBe(once);
      }),
      RUNS,
    );
  });

  it('negative control: an identity "sanitizer" fails the invariant checker', () => {
    expect(() => fc.assert(safetyProperty(identity), { numRuns: 200, seed: 20261124 })).toThrow();
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => { sanitizer.toHtml(s, { remoteImages: true }); }), { numRuns: 300 });
  });
});
