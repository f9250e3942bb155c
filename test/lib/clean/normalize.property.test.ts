// normalize() classifies UTF-16 units in a loop instead of replacing with a Unicode-property regex (a
// performance change, issue 7): it must give exactly what the regex gives, for every unit and any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT, normalize } from '../../../src/lib/clean/text';

const NON_WORD = /[^\p{L}\p{N}@€$£%]+/gu;
function byRegex(s: string): string {
  const cut = s.length > MAX_TEXT * 2 ? s.slice(0, MAX_TEXT * 2) : s;
  return ' ' + cut.toLowerCase().replace(NON_WORD, ' ').trim() + ' ';
}

describe('normalize', () => {
  it('equals the regex form for every BMP unit, alone and between letters', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      for (const s of [ch, `a${ch}b`, `${ch}${ch.toUpperCase()} x`]) {
        if (normalize(s) !== byRegex(s)) expect(normalize(s), `U+${code.toString(16)}`).toBe(byRegex(s));
      }
    }
  });

  it('equals the regex form on any text, astral characters and lone surrogates included', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'É', 'ß', 'İ', 'Σ', 'ς', '1', '٣', '@', '€', '%', ' ', '\n', '-', "'", '’', '«', '😀', '𝐀', '\ud800', '\udc00', '…'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 60 }), (parts) => {
      const s = parts.join('');
      expect(normalize(s)).toBe(byRegex(s));
    }), { numRuns: 5000 });
  });

  it('keeps the cap and the empty form', () => {
    expect(normalize('')).toBe('  ');
    expect(normalize(' !? ')).toBe('  ');
    expect(normalize('x'.repeat(MAX_TEXT * 3))).toBe(byRegex('x'.repeat(MAX_TEXT * 3)));
  });
});
