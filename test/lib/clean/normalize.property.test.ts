// normalize() classifies UTF-16 units in a loop instead of replacing with a Unicode-property regex (a
// performance change, issue 7): it must give exactly what the regex gives, for every unit and any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT, normalize } from '../../../src/lib/clean/text';

const NON_WORD = /[^\p{L}\p{M}\p{N}@€$£%]+/gu;
/** Hiragana, Katakana, CJK Extension A and Unified Ideographs, Hangul syllables, compatibility
 *  ideographs, halfwidth katakana, Thai, Lao, Myanmar, Khmer: each letter there stands alone (words.ts). */
const CJK = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/gu;
/** Arabic harakat and tatweel, Hebrew points, the Devanagari and Bengali nukta (also inside U+0958–095F,
 *  U+09DC–09DF): dropped. */
const HARAKAT = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0640\u064b-\u065f\u0670\u093c\u09bc]/gu;
function byRegex(s: string): string {
  const cut = s.length > MAX_TEXT * 2 ? s.slice(0, MAX_TEXT * 2) : s;
  let lower = cut.toLowerCase().replace(/i\u0307/g, 'i');
  // A decomposed accent is composed first (only then: composing would change other texts too).
  if (/[\u0300-\u036f]/.test(lower)) lower = lower.normalize('NFC');
  const spaced = lower.replace(/[\u0958-\u095f\u09dc\u09dd\u09df]/g, (c) => c.normalize('NFD')).replace(HARAKAT, '').replace(CJK, (ch) => (/\p{L}/u.test(ch) ? ` ${ch} ` : ch));
  return ' ' + spaced.replace(NON_WORD, ' ').trim() + ' ';
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
      fc.constantFrom('a', 'É', 'ß', 'İ', 'Σ', 'ς', '1', '٣', '@', '€', '%', ' ', '\n', '-', "'", '’', '«', '😀', '𝐀', '\ud800', '\udc00', '…',
        '寄', '付', 'ー', 'ア', '한', '、', '\u0301', '\u0307', 'ि', '𠀋', 'ً', 'ـ', 'ب', '\u095b', '\u093c', 'ज', '\u09df', '\u09bc', 'য', 'ก', 'ั', '่', 'ค'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 60 }), (parts) => {
      const s = parts.join('');
      expect(normalize(s)).toBe(byRegex(s));
    }), { numRuns: 5000 });
  });

  it('spaces out Chinese, Japanese and Korean letters, keeps combining marks, reads Turkish İ as i', () => {
    expect(normalize('この記事が気に入ったら、寄付を。')).toBe(' こ の 記 事 が 気 に 入 っ た ら 寄 付 を ');
    expect(normalize('뉴스레터를 구독하세요')).toBe(' 뉴 스 레 터 를 구 독 하 세 요 ');
    expect(normalize('Abonnez-vous 订阅')).toBe(' abonnez vous 订 阅 ');
    expect(normalize('हमारा न्यूज़लेटर')).toBe(' हमारा न्यूजलेटर ');
    expect(normalize('İlgili Haberler')).toBe(' ilgili haberler ');
    expect(normalize('Haz una donacio\u0301n')).toBe(' haz una donación ');
    expect(normalize('U\u0309ng ho\u0323\u0302')).toBe(' ủng hộ ');
    expect(normalize('اقرأ أيضاً: خبر')).toBe(' اقرأ أيضا خبر ');
    expect(normalize('ये भी पढ़ें')).toBe(normalize('ये भी पढें'));
    expect(normalize('ज़रूरी')).toBe(normalize('ज\u093cरूरी'));
  });

  it('keeps the cap and the empty form', () => {
    expect(normalize('')).toBe('  ');
    expect(normalize(' !? ')).toBe('  ');
    expect(normalize('x'.repeat(MAX_TEXT * 3))).toBe(byRegex('x'.repeat(MAX_TEXT * 3)));
  });
});
