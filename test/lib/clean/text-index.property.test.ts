// The phrase index in clean/text.ts (a performance change, issue 7) must answer exactly what the
// plain loops `list.some(p => norm.includes(p))` etc. answer, for any list and any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPhrases, hasPhrase, normalize, phrases, startsWithPhrase } from '../../../src/lib/clean/text';

const WORDS = ['don', 'dons', 'je', 'fais', 'un', 'support', 'us', 'abonn', 'abonnez', 'a', 'ab', 'x', 'spenden',
  'jetzt', 'l', 'article', 'soutenez', 'nous', 'é', 'über'];
const word = fc.constantFrom(...WORDS);
const phrase = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([w, star]) => w.join(' ') + (star ? '*' : ''));
const text = fc.array(fc.oneof(word, fc.constantFrom('-', "'", '  ', '\n', 'É', '!')), { maxLength: 40 });

function naiveCount(norm: string, list: readonly string[], cap: number): number {
  let n = 0;
  for (const p of list) if (norm.includes(p) && ++n >= cap) break;
  return n;
}

describe('phrase index', () => {
  it('matches the plain loops on normalised and raw text', () => {
    fc.assert(fc.property(fc.array(phrase, { maxLength: 14 }), text, fc.boolean(), fc.integer({ min: 1, max: 5 }), (ps, ws, raw, cap) => {
      const list = phrases(ps);
      const norm = raw ? ` ${ws.join(' ')}` : normalize(ws.join(' '));
      expect(hasPhrase(norm, list)).toBe(list.some((p) => norm.includes(p)));
      expect(countPhrases(norm, list, cap)).toBe(naiveCount(norm, list, cap));
      expect(startsWithPhrase(norm, list)).toBe(list.some((p) => norm.startsWith(p)));
    }), { numRuns: 3000 });
  });

  it('handles lists that are not phrases() output with the plain loops', () => {
    const list = ['ab', 'x y', ' z'];
    expect(hasPhrase('xxab', list)).toBe(true);
    expect(countPhrases('x y ab', list, 4)).toBe(2);
    expect(startsWithPhrase(' z', list)).toBe(true);
  });

  it('a list compiled after a text was cached still finds its phrases in that text', () => {
    const norm = normalize('Je fais un don aujourd\'hui, merci');
    const first = phrases(['merci']);
    expect(hasPhrase(norm, first)).toBe(true);
    expect(hasPhrase(norm, first)).toBe(true); // second ask: the shared scan now answers for this text
    const later = phrases(['je fais un don']);
    expect(hasPhrase(norm, later)).toBe(true);
    expect(countPhrases(norm, later, 4)).toBe(1);
  });
});

describe('containsAny', () => {
  it('answers exactly like a loop of includes(), regex characters and empty strings included', async () => {
    const { containsAny } = await import('../../../src/lib/clean/text');
    const piece = fc.constantFrom('a', 'b', '.', '*', '(', ')', '[', ']', '\\', '^', '$', '|', '?', '+', '{', '}', '-', ' ', '/', 'é', '');
    const str = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(str, { maxLength: 6 }), str, (list, s) => {
      const frozen = [...list]; // a fresh list each run: the compiled form is cached per list
      expect(containsAny(s, frozen)).toBe(frozen.some((x) => s.includes(x)));
    }), { numRuns: 3000 });
  });
});
