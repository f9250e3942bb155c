// probe() reads a prefix of long paragraphs instead of normalising them whole (a performance change,
// issue 7): it must give exactly the first characters of the whole text's comparison form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { norm, probe } from '../../../src/lib/extract/completeness';

const PROBE = 60;
// Whitespace runs (incl. no-break and ideographic spaces), a final-sigma candidate, curly quotes, İ.
const piece = fc.constantFrom('Σ', 'σ', 'ς', 'İ', '\u00a0', '\u3000', ' \n\t  ', '“', '’', '«', 'a', 'Word', '.', 'x'.repeat(50));
const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

describe('probe', () => {
  it('equals norm(s).slice(0, 60) for any text', () => {
    fc.assert(fc.property(text, (s) => {
      expect(probe(s)).toBe(norm(s).slice(0, PROBE));
    }), { numRuns: 3000 });
  });

  it('equals it where the prefix cut falls inside a whitespace run or after a capital sigma', () => {
    const base = 'a'.repeat(PROBE - 1);
    for (const tail of ['Σ' + 'b'.repeat(300), ' '.repeat(400) + 'b', 'ΣΣ ' + 'c'.repeat(300)]) {
      for (let pad = 0; pad < 200; pad += 7) {
        const s = base + ' '.repeat(pad) + tail;
        expect(probe(s)).toBe(norm(s).slice(0, PROBE));
      }
    }
  });
});
