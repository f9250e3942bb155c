import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('related-links', () => {
  it('removes inline read-also inserts in several languages', async () => {
    for (const lead of ['Read also:', 'Lire aussi :', 'Lea también:', 'Mehr zum Thema:', 'Leggi anche:', 'Leia também:', 'Lees ook:', 'Czytaj też:']) {
      const out = await cleanFragment(BODY + `<p><strong>${lead}</strong> <a href="/x">Another story about something</a></p>` + BODY);
      expect(out.rules, lead).toContain('related-links');
    }
  });
  it('removes a titled list and its heading', async () => {
    const out = await cleanFragment(BODY + '<h3>Related articles</h3><ul><li><a href="/a">One story</a></li><li><a href="/b">Another one</a></li></ul>');
    expect(out.text).not.toContain('Related articles');
    expect(out.text).not.toContain('One story');
  });
  it('keeps prose that links to other stories', async () => {
    const p = '<p>Read more about the plan in <a href="/x">our earlier report</a>, which described how the council had first proposed the scheme in 2023 and then withdrawn it after protests from traders, residents and several local schools.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('removes link-only lines after the last paragraph, keeps a link line inside the body', async () => {
    const inside = '<p><a href="/report.pdf">The full report</a></p>';
    const tail = '<p><a href="/other/story-1">Ferry strike ends after four days</a></p><ul><li><a href="/x">Harbour plans</a></li><li><a href="/y">New mayor</a></li></ul>';
    const out = await cleanFragment('<p>The harbour authority published its yearly figures on Monday, showing more ferry crossings than ever.</p>' + inside + BODY + tail);
    expect(out.text).toContain('The full report');
    expect(out.text).not.toContain('Ferry strike');
    expect(out.text).not.toContain('Harbour plans');
    expect(out.rules).toContain('related-links');
  });
  it('removes dangling "more on" labels in German', async () => {
    const out = await cleanFragment(BODY + '<h3>Das Thema könnte dich auch interessieren:</h3>');
    expect(out.rules).toContain('related-links');
  });
  it('removes a dangling label in Japanese and Korean, its words counted as written', async () => {
    for (const label of ['<p>関連記事</p>', '<p>よく読まれている記事</p>', '<p>함께 읽으면 좋은 기사</p>']) {
      expect((await cleanFragment(BODY + label)).rules, label).toContain('related-links');
    }
  });
  it('removes "Artikel und Videos zum Thema" boxes and teaser cards linking elsewhere', async () => {
    const box = '<div><span>Artikel und Videos zum Thema</span><ul><li><a href="/a">Protest vor dem Hauptquartier</a></li><li><a href="/b">Der Zeitplan der Spiele</a></li></ul></div>';
    const card = '<figure class="teaser-layout"><a class="teaser" href="/c"><div>Neues Konzept</div><h3>Züge im Halbstundentakt</h3><p>Die Bahn will ab dem kommenden Jahr mehr Verbindungen anbieten.</p></a></figure>';
    for (const c of [box, card]) {
      const mid = BODY.replace('</p><p>', '</p>' + c + '<p>');
      expect((await cleanFragment(mid)).rules, c).toContain('related-links');
    }
  });
  it('keeps a teaser-classed lede that is prose', async () => {
    const lede = '<p class="article-teaser">The council has approved the parking scheme after two years of debate, <a href="/earlier">as we reported</a> last spring.</p>';
    expect((await cleanFragment(lede + BODY)).rules).toEqual([]);
  });
  it('removes a link box whose lead-in element is glued to the first link', async () => {
    const box = '<ul class="rel"><span>Mehr zum Thema</span><li><a href="/a">Protest vor dem Hauptquartier</a></li><li><a href="/b">Der Zeitplan der Spiele</a></li></ul>';
    const out = await cleanFragment(BODY.replace('</p><p>', '</p>' + box + '<p>'));
    expect(out.text).not.toContain('Protest vor dem Hauptquartier');
  });
  it('removes a related-posts box of teasers with long excerpts', async () => {
    const ex = (t: string): string => `<li><a href="/${t}">${t}</a><p>Unbedingt noch die schönsten Stücke der Saison sichern, auch wenn der Sommer noch lange nicht vorbei ist und die Preise weiter fallen werden.</p></li>`;
    const box = `<div id="related_posts"><h3>Related Posts</h3><ul>${ex('Sale')}${ex('Maxikleider')}${ex('Sandalen')}</ul></div>`;
    const out = await cleanFragment(BODY + box);
    expect(out.rules).toContain('related-links');
    expect(out.text).toContain('parking scheme');
  });
});

describe('related-links: a label and one link to another of the outlet\'s stories, in any language', () => {
  // Labels in words no list holds (invented or rare forms): the shape decides, not the words.
  const lines = [
    '<p><b>Ilhe ondo:</b> <a href="nota.php?id=50231">El puerto suma tres grúas nuevas para contenedores</a></p>',
    '<p>Прочитајте и ово: <a href="/drustvo/nova-skola-otvorena-u-selu-krs/">Нова школа отворена у селу Крш</a></p>',
    '<p><strong>TINGNAN DIN</strong> <a href="/2024/03/11/ferry-schedule-bumalik-na-normal/">Ferry schedule bumalik na normal matapos ang bagyo</a></p>',
  ];
  it('removes the line between paragraphs', async () => {
    for (const line of lines) {
      const out = await cleanFragment(BODY + line + BODY);
      expect(out.rules, line).toContain('related-links');
    }
  });
  it('keeps a sentence that links, a link to a section, a link elsewhere, and a long label', async () => {
    const kept = [
      '<p>The council said: <a href="/2024/03/11/council-agenda-march-eleven/">the agenda is online now</a>.</p>',
      '<p><b>Source:</b> <a href="https://stats.example.gov/reports/housing-survey-2024">Housing survey of the county, 2024 edition</a></p>',
      '<p><b>Más:</b> <a href="/politica/">Todas las noticias de política local</a></p>',
      '<p>These are the words of a longer lead that is no label at all: <a href="/a/b-c-d">Port adds three new cranes</a></p>',
    ];
    for (const line of kept) {
      const out = await cleanFragment(BODY + line + BODY);
      expect(out.rules, line).not.toContain('related-links');
    }
  });
});
