// Lengths in Chinese, Japanese and Korean: a character says more there, and the cleaner's length
// guards (a block may not hold a large share of a short article, long prose is article text) must
// hold for a short Japanese article as they do for an English one.
import { describe, expect, it } from 'vitest';
import { charWeight } from '../../../src/lib/clean/density';
import { cleanFragment, docFrom } from './helpers';

const JA_BODY = [
  '動画配信大手は、日本国内の月額料金を来月から約二割引き上げると発表した。値上げは二年ぶりで、すべての料金プランが対象となる。',
  '同社は、国内向けのオリジナル作品への投資拡大や円安を理由に挙げている。既存の会員は一か月間、現在の料金で利用できる。',
  '消費者団体は相次ぐ値上げに懸念を示し、利用者に各社の料金プランを比較するよう呼びかけている。',
];

function root(html: string): Element {
  return docFrom(`<!DOCTYPE html><html><body><div id="r">${html}</div></body></html>`).getElementById('r') as Element;
}

describe('charWeight', () => {
  it('weighs characters by the page language', () => {
    const r = root('<p>text</p>');
    expect(charWeight('ja', r)).toBe(3);
    expect(charWeight('zh-Hant-TW', r)).toBe(3);
    expect(charWeight('ko-KR', r)).toBe(2);
    expect(charWeight('en-GB', r)).toBe(1);
    expect(charWeight('ar', r)).toBe(1);
    expect(charWeight('yue-HK', r)).toBe(3);
  });

  it('samples the text when the page names no language, or a language its text is not in', () => {
    expect(charWeight('en', root(JA_BODY.map((p) => `<p>${p}</p>`).join('')))).toBe(3);
    expect(charWeight(undefined, root(JA_BODY.map((p) => `<p>${p}</p>`).join('')))).toBe(3);
    expect(charWeight(undefined, root('<p>매일 아침 주요 뉴스를 이메일로 보내 드립니다.</p>'))).toBe(2);
    expect(charWeight(undefined, root('<p>The council met on Tuesday, 東京 was mentioned once.</p>'))).toBe(1);
    expect(charWeight(undefined, root('<p>2025 · 12:00</p>'))).toBe(1);
  });
});

describe('a short Japanese article', () => {
  // In one container with its paywall prompt: the prompt's words ("有料会員", "続きを読むには") and the
  // article's few hundred characters once made the whole container a "short prompt block".
  const html = `<div>${JA_BODY.map((p) => `<p>${p}</p>`).join('')}<p>この記事は有料会員限定です。続きを読むには<a href="/kaiin">有料会員登録</a>が必要です。</p></div>`;

  it('keeps its paragraphs and loses only the prompt, whatever language the page names', async () => {
    for (const lang of ['ja', undefined, 'en']) {
      const { text, rules } = await cleanFragment(html, lang ? { lang } : {});
      for (const p of JA_BODY) expect(text).toContain(p);
      expect(text).not.toContain('有料会員限定');
      expect(rules).toEqual(['subscription-paywall-prompt']);
    }
  });
});
