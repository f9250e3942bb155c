import { describe, expect, it } from 'vitest';
import { decodeHtml, looksBinary, metaCharset } from '../../src/cli/read-page';

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

describe('looksBinary: input no browser would render as a page', () => {
  it.each([
    ['an ELF executable', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])],
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['control bytes without a NUL', Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61))],
  ])('refuses %s', (_label, bytes) => {
    expect(looksBinary(bytes)).toBe(true);
  });

  it.each([
    ['UTF-8 HTML', enc('<!doctype html><p>Müller — 北京</p>\n\t')],
    ['a legacy page', latin1('<p>Caf\xe9 \x93quoted\x94</p>')],
    ['UTF-16 with a BOM', Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00])],
    ['an empty file', new Uint8Array(0)],
  ])('accepts %s', (_label, bytes) => {
    expect(looksBinary(bytes)).toBe(false);
  });
});
