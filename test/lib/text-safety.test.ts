// Shared text hygiene (SECURITY.md D6).
import { describe, expect, it } from 'vitest';
import { capText, cleanText, decodeEntities, escapeHtml, hasUnsafe } from '../../src/lib/text-safety';

describe('cleanText', () => {
  it.each([
    ['a\u0000b\u0007c\u001b[2Jd', 'abc[2Jd'],
    ['line\r\nbreak\u2028para\u2029next\u0085x', 'line break para next x'],
    ['rlo\u202egnp.exe', 'rlognp.exe'],
    ['iso\u2066late\u2069d', 'isolated'],
    ['zw\u200bsp\ufeff', 'zwsp'],
    ['می\u200cخواهم', 'می\u200cخواهم'],
    ['👩\u200d💻', '👩\u200d💻'],
    ['Mu\u0308ller', 'Müller'],
    ['  many   \u00a0 spaces ', 'many spaces'],
    ['c1\u0085\u009b[31m', 'c1 [31m'],
  ])('%j', (input, out) => {
    expect(cleanText(input)).toBe(out);
    expect(hasUnsafe(cleanText(input))).toBe(false);
  });

  it('caps by code points without splitting surrogate pairs', () => {
    expect(capText('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('decodes one level of entities and escapes HTML', () => {
    expect(decodeEntities('&amp;eacute; &#x41; &#65; &#xD800; &bogus;')).toBe('&eacute; A A  &bogus;');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
