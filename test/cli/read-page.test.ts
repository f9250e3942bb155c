import { describe, expect, it } from 'vitest';
import { decodeHtml, metaCharset } from '../../src/cli/read-page';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeHtml: the way a browser decodes a saved page', () => {
  it.each([
    ['UTF-8 BOM wins over a wrong meta', Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('<meta charset="windows-1252"><p>Café</p>')]), '<p>Café</p>'],
    ['valid UTF-8 without declaration', enc('<p>Müller — 北京</p>'), 'Müller — 北京'],
    ['meta charset for a legacy page', latin1('<meta charset="iso-8859-1"><p>Caf\xe9 cr\xe8me</p>'), 'Café crème'],
    ['http-equiv content-type', latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>\x93quoted\x94</p>'), '“quoted”'],
    ['windows-1252 fallback when nothing is declared', latin1('<p>na\xefve \x80</p>'), 'naïve €'],
  ])('%s', (_label, bytes, expected) => {
    expect(decodeHtml(bytes)).toContain(expected);
  });

  it('decodes UTF-16 with a BOM', () => {
    const body = '<p>Zürich</p>';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    [...body].forEach((c, i) => { bytes[2 + i * 2] = c.charCodeAt(0); });
    expect(decodeHtml(bytes)).toBe(body);
  });

  it('honours the HTTP charset of a fetched page before guessing', () => {
    expect(decodeHtml(latin1('<p>\xe9t\xe9</p>'), 'iso-8859-1')).toBe('<p>été</p>');
  });

  it('falls back when the declared charset is unknown', () => {
    expect(decodeHtml(latin1('<meta charset="x-klingon"><p>\xe9</p>'))).toContain('é');
  });

  it('finds the meta charset in the prescan window only', () => {
    expect(metaCharset(enc('<meta charset=UTF-8>'))).toBe('utf-8');
    expect(metaCharset(enc(`${' '.repeat(9000)}<meta charset="koi8-r">`))).toBeNull();
  });
});
