// toHtml returns after ONE sanitize pass when its output re-parses to itself (a plain parse, no
// second sanitize). These inputs are the ones where a sanitized DOM does NOT survive serialise →
// parse (forbidden tags leave nested <p>, foster-parented table text, ...): the result must still be
// parser-stable and a fixed point, exactly as the full re-sanitize loop guarantees.
import { describe, expect, it } from 'vitest';
import { createArticleSanitizer } from '../../src/lib/sanitize';

const sanitizer = createArticleSanitizer(window);
const reparse = (html: string): string => new DOMParser().parseFromString(html, 'text/html').body.innerHTML;

const UNSTABLE = [
  '<p>one<button><p>two</p></button>three</p>',
  '<p>a<form><p>b</p></form>c</p>',
  '<table><tr><td>cell</td></tr><button>stray</button></table>',
  '<ul><li>x<select><option><li>y</li></option></select></li></ul>',
  '<a href="https://a.example/">out<details><a href="https://b.example/">in</a></details></a>',
  '<h2>t<label><h3>u</h3></label></h2>',
  '<p id="x">x</p><a href="#x" onclick="alert(1)">to x</a>',
];

describe('toHtml fixed point', () => {
  for (const html of UNSTABLE) {
    it(`is parser-stable and idempotent: ${html}`, () => {
      for (const remoteImages of [false, true]) {
        const once = sanitizer.toHtml(html, { remoteImages });
        expect(reparse(once)).toBe(once);
        expect(sanitizer.toHtml(once, { remoteImages })).toBe(once);
      }
    });
  }

  it('a stable page comes back from one pass unchanged', () => {
    const html = '<p>Hello <a href="https://a.example/">link</a></p><img src="https://a.example/i.png" alt="i">';
    const once = sanitizer.toHtml(html, { remoteImages: true });
    expect(once).toContain('<a href="https://a.example/" target="_blank"');
    expect(sanitizer.toHtml(once, { remoteImages: true })).toBe(once);
  });
});
