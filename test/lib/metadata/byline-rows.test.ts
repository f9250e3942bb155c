// How pages set the byline row and the date around it, read from whole pages: inline fields of the
// row (place, date) as lines of their own, a writer's box of other stories that is no byline, an
// article container whose class reads like chrome, a widget's author tag, a signature over a credit
// line, a headline cell under a generic <title>, one stamp written for both dates, a related story's
// date, and a URL's /YYYY/MMDD/ day.
import { describe, expect, it } from 'vitest';
import { metaOf, page } from './helpers';

const body = (n = 8): string => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story tells the residents of the valley what the council decided about the bridge and the ferry, and why it matters.</p>`).join('\n');
const names = (m: { authors: { name: string }[] }): string[] => m.authors.map((a) => a.name);

describe('the byline row', () => {
  it('a place set in its own inline element is not glued to the last name', () => {
    const m = metaOf(page('<title>Derrumbe | Diario</title>', `<article><h1>Derrumbe cierra la vía al Llano durante tres días</h1>
      <div class="byline"><span class="firma">Por Lucía Ferrando Quintero</span> <span class="ciudad">Villavicencio, Meta</span></div>${body()}</article>`));
    expect(names(m)).toEqual(['Lucía Ferrando Quintero']);
  });
  it('a writer\'s box listing other stories is not the byline', () => {
    const m = metaOf(page('<meta property="dable:author" content="정하늘 기자"><title>기사</title>', `<article><h1>항만 재개발 사업자 공모 또 유찰</h1>
      <ul class="info"><li>정하늘 기자</li><li>입력 2025.03.27 18:42</li></ul>${body()}
      <div class="writer"><strong>정하늘 기자</strong>의 다른 기사<ul><li><a href="/a/1">수변공원 야간 개장 확대</a></li><li><a href="/a/2">신항 물동량 역대 최대</a></li></ul></div></article>`), 'https://www.example.kr/news/1');
    expect(names(m)).toEqual(['정하늘']);
  });
  it('an article whose class reads like chrome ("newsletter-post") still has its byline read', () => {
    const m = metaOf(page('<title>Ferries</title>', `<article class="newsletter-post post"><h1>What the smallest ferry taught me about subsidy</h1>
      <div class="post-meta byline"><a class="author-name" href="/@tkerr">Tamsin Kerr</a></div>${body()}</article>`));
    expect(names(m)).toEqual(['Tamsin Kerr']);
  });
  it('a signature over a credit line ("Фото автора") is read from its first line', () => {
    const m = metaOf(page('<title>Газета - Новости</title>', `<table><tr><td><h1><img src="/logo.gif" alt=""></h1></td></tr><tr><td><div>${body()}
      <p align="right"><b><i>Олег Дронов</i></b><br><font size="1">Фото автора</font></p></div></td></tr></table>`));
    expect(names(m)).toEqual(['Олег Дронов']);
  });
});

describe('the headline of an old layout', () => {
  it('a headline cell under a generic <title> is the title, however much longer', () => {
    const m = metaOf(page('<title>Газета - Новости</title>', `<table><tr><td class="small">14.04.2025 11:20</td></tr>
      <tr><td class="title"><b>После ледохода в районе закрыли понтонный мост, и жители снова добираются на лодках</b></td></tr>
      <tr><td>${body()}</td></tr></table>`));
    expect(m.title).toBe('После ледохода в районе закрыли понтонный мост, и жители снова добираются на лодках');
  });
});

describe('dates', () => {
  it('one stamp for both dates gives way to the earlier day shown by the headline', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Corniche works","datePublished":"2025-03-17T09:30:00+02:00","dateModified":"2025-03-17T09:30:00+02:00"}</script>';
    const m = metaOf(page(ld, `<article><h1>Corniche works close the seafront road for a month</h1><div class="meta">Sunday 16 March 2025, 22:45</div>${body()}</article>`));
    expect(m.published?.slice(0, 10)).toBe('2025-03-16');
  });
  it('distinct published and modified stamps are kept over the text', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Corniche works","datePublished":"2025-03-17T09:30:00+02:00","dateModified":"2025-03-18T09:30:00+02:00"}</script>';
    const m = metaOf(page(ld, `<article><h1>Corniche works close the seafront road for a month</h1><div class="meta">Sunday 16 March 2025, 22:45</div>${body()}</article>`));
    expect(m.published?.slice(0, 10)).toBe('2025-03-17');
  });
  it('the date beside a related story\'s link is that story\'s; the URL\'s /YYYY/MMDD/ gives the day', () => {
    const html = page('<title>Valley Gazette</title>', `<table><tr><td><font size="5"><b>School board votes to close the old elementary school</b></font><br>
      <font>By Harold Quinn</font>${body()}<p>&#149; <a href="/news/2004/0211/hearing.html">Parents pack hearing on the school's future</a> (Feb. 11, 2004)</p></td></tr></table>`);
    const m = metaOf(html, 'https://www.example.com/news/2004/0303/schoolboard.html');
    expect(m.published).toBe('2004-03-03');
  });
});

describe('credits near the headline check the structured authors', () => {
  const ld = (names: string[]): string => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":[${names.map((n) => `{"@type":"Person","name":"${n}"}`).join(',')}]}</script>`;
  it('a photographer the CMS lists as author, credited as such under the byline, goes', () => {
    const m = metaOf(page(ld(['Kamala Ruiz', 'Tomas Berg']), `<article><h1>River levels fall for the third week running</h1>
      <div class="byline">By Kamala Ruiz</div><span class="credit-photo">Photo: Tomas Berg</span>${body()}</article>`));
    expect(names(m)).toEqual(['Kamala Ruiz']);
  });
  it('a co-author who also took the lead photo stays', () => {
    const m = metaOf(page(ld(['Kamala Ruiz', 'Tomas Berg']), `<article><h1>River levels fall for the third week running</h1>
      <div class="byline">Kamala Ruiz, Tomas Berg</div><figure><img src="/a.jpg" alt=""><figcaption>The weir at dawn. Photo: Tomas Berg</figcaption></figure>${body()}</article>`));
    expect(names(m)).toEqual(['Kamala Ruiz', 'Tomas Berg']);
  });
  it('a contributor line at the end names the writers, not the editor or photographer', () => {
    const m = metaOf(page('<title>News</title>', `<article><h1>Drought-tolerant fungi could help corn survive dry summers</h1>${body()}
      <p><em>Story by Asha Menon and Paul R. Whitley. Editing by Dana Cole. Photos by Lee Park.</em></p></article>`));
    expect(names(m)).toEqual(['Asha Menon', 'Paul R. Whitley']);
  });
});

describe('the Japanese dateline credit', () => {
  it('"【ワシントン＝…】" opening the lede names the reporter, over the paper as JSON-LD author', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":{"@type":"Organization","name":"東西新聞"}}</script>';
    const m = metaOf(page(ld + '<meta property="og:site_name" content="東西新聞">', `<article><h1>日米、半導体の供給網で新たな協議体を設置へ</h1>
      <p>【ワシントン＝中村真理子】日米両政府は19日、半導体の供給網を強化するための新たな協議体を設置することで合意した。両国の担当閣僚が会談後に発表した。</p>${body()}</article>`), 'https://www.example.jp/news/1');
    expect(names(m)).toEqual(['中村真理子']);
  });
});
