import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('site-chrome', () => {
  it('removes tag lists', async () => {
    const out = await cleanFragment(BODY + '<div>Tags: <a href="/t/a">Parking</a>, <a href="/t/b">Council</a></div>');
    expect(out.rules).toContain('site-chrome');
    for (const tags of ['<div>Taggar: <a href="/t/a">Bro</a>, <a href="/t/b">Kommun</a></div>', '<div>Теги: <a href="/t/a">Театр</a>, <a href="/t/b">Культура</a></div>']) {
      expect((await cleanFragment(BODY + tags)).rules, tags).toContain('site-chrome');
    }
  });
  it('removes a cookie notice box, and keeps a paragraph about cookies', async () => {
    const notice = '<div class="widget widget_eu_cookie_law_widget"><p>Datenschutz &amp; Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu. <a href="/cookies">Cookie-Richtlinie</a></p></div>';
    expect((await cleanFragment(BODY + notice)).rules).toContain('site-chrome');
    const story = '<p>The regulator said that sites using tracking cookies must ask first, and fined three publishers.</p>';
    expect((await cleanFragment(BODY + story)).rules).toEqual([]);
  });
  it('removes a cookie notice with no class word, in the site\'s language, by its consent control', async () => {
    for (const notice of [
      '<div id="bar-7"><span>Сайтът използва бисквитки, за да работи по-добре.</span> <a href="javascript:closeBar()">Добре</a> <a href="/biskvitki">Още</a></div>',
      '<div class="teade-x"><p>Meie lehel kasutatakse küpsiseid statistika jaoks.</p><a href="/privaatsus">Loe lähemalt</a></div>',
      '<div class="ilmoitus"><p>Sivusto käyttää evästeitä.</p><a href="/tietosuoja/evasteet">Lue lisää</a></div>',
    ]) expect((await cleanFragment(BODY + notice)).rules, notice).toContain('site-chrome');
  });
  it('keeps a recipe box about cookies with no consent control, and a story paragraph with a privacy link', async () => {
    const recipe = '<div class="recipe"><p>Oat cookies: 200 g oats, 100 g butter, two eggs. Bake for twelve minutes.</p><p>Makes about twenty.</p></div>';
    expect((await cleanFragment(BODY + recipe)).rules).not.toContain('site-chrome');
    const story = '<p>The regulator said that sites using tracking cookies must ask first, and <a href="/privacy-ruling">fined three publishers</a> last year.</p>';
    expect((await cleanFragment(BODY + story)).rules).not.toContain('site-chrome');
  });
  it('keeps a paragraph starting with "Topics"', async () => {
    const p = '<p>Topics on the agenda included the budget, the new library and a proposal to rename the main square after a local poet.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('removes whole-block labels, datelines and post-meta lines', async () => {
    for (const c of ['<p>Anzeige</p>', '<p>- Advertisement -</p>', '<p>Kontakt:</p>', '<div>Inhaltsverzeichnis</div>',
      '<p>Aktualisiert am 03.02.2024</p>', '<span>12 marca 2024</span>', '<p>19:45</p>', '<p>09 Jun 2020, 02:32 PM IST</p>', '<h2>Ansprechpartnerin zum Thema:</h2>',
      '<p>This entry was posted in News. Bookmark the permalink.</p>', '<p>Leer más</p>']) {
      expect((await cleanFragment(BODY + c)).rules, c).toContain('site-chrome');
    }
  });
  it('keeps a recipe step that holds an image toggle, and removes the toggle', async () => {
    const step = '<div class="step"><div class="step-inner"><div class="progress"><span>12</span> von 17</div>' +
      'Wasche nun <span class="ingredient">250 g Erdbeeren</span> und schneide sie in kleine Würfel.' +
      '<div class="toggle" role="button"><span>Bild anzeigen</span> <span>Bild schließen</span></div></div></div>';
    const out = await cleanFragment(BODY + step);
    expect(out.text).toContain('schneide sie in kleine Würfel.');
    expect(out.text).not.toContain('Bild anzeigen');
    expect(out.rules).toEqual(['site-chrome']);
  });
  it('keeps date headings of a chronology and sentences with dates', async () => {
    const html = '<h2>March 2020</h2>' + BODY + '<h3>12 May 2021</h3><p>On 12 May 2021 the council voted.</p>';
    expect((await cleanFragment(html)).rules).toEqual([]);
  });
  it('removes post-meta rows, Q&A timestamps and long blog post-meta lines', async () => {
    for (const c of ['<p>Freitag | 14. Juni 2024 | 15:49 | von Jana Roth | 0 Kommentare</p>',
      '<small>Verfasst von: <strong>Jana Roth</strong> | 31. Dezember 2008</small>',
      '<div>asked Feb 6, 2014 at 20:37</div>',
      '<div class="postmetadata">Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials, Ubuntu, Server, Netzwerk. Kommentare zu diesem Eintrag im RSS 2.0 Feed. Kommentare und Pings sind derzeit nicht erlaubt.</div>']) {
      expect((await cleanFragment(BODY + c)).rules, c).toContain('site-chrome');
    }
  });
  it('removes placeholders of blocked embeds', async () => {
    for (const c of ['<div>Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.</div>',
      // A blocked sign-up form leaves its own placeholder.
      '<p>An dieser Stelle steht eine Newsletter Anmeldung. Dafür fehlt uns Ihre Zustimmung: wenn Sie diese anzeigen wollen, stimmen Sie bitte der Verarbeitung zu.</p>']) {
      expect((await cleanFragment(BODY + c)).rules, c).toContain('site-chrome');
    }
  });
  it('keeps reporting about privacy and consent, and event lines without a date', async () => {
    const html = BODY + '<p>The regulator fined the platform because it shared data with third parties without consent, and ordered new settings by June.</p>' +
      '<p>Stadthalle | Einlass ab 19 Uhr | Eintritt frei</p>';
    expect((await cleanFragment(html)).rules).toEqual([]);
  });
  it('removes breadcrumb trails whose current item is a long unlinked title', async () => {
    for (const c of ['<p class="breadcrumb-navigation"><a href="/">Home</a> &gt; <a href="/blog/">Blog</a> &gt; <span>Annual conference on digital policy in the state parliament, with a long title</span></p>',
      '<div>Sie sind hier: <a href="/">Start</a> <a href="/verbraucher">Verbraucherportal</a> <strong>Transparenz bei Preisanpassungen und Vertragslaufzeiten</strong></div>']) {
      expect((await cleanFragment(c + BODY)).rules, c).toContain('site-chrome');
    }
  });
  it('removes permalink, short-URL and print lines', async () => {
    for (const c of ['<li>Permalien https://p.example/p/RPYx</li>', '<div>Short-URL: https://example.org/m57399</div>',
      '<p>Imprimer cette page</p>']) {
      expect((await cleanFragment(c + BODY)).rules, c).toContain('site-chrome');
    }
  });
  it('removes a sidebar of widgets before Readability', async () => {
    const { JSDOM } = await import('jsdom');
    const { cleanDocument } = await import('../../../../src/lib/clean');
    const doc = new JSDOM('<!DOCTYPE html><body><main>' + BODY + '</main><div id="sidebar"><table><caption>Dezember 2008</caption><tr><td>1</td><td>2</td><td>3</td></tr></table>' +
      '<ul><li><a href="/feed/1">Warnung vor Hunger-Winter</a><div>Die Behörden schlagen Alarm, die Lage verschärft sich weiter.</div></li>' +
      '<li><a href="/feed/2">Bank-Chef gestorben</a></li><li><a href="/2008/12/">Dezember 2008</a></li></ul></div></body>').window.document;
    const removed = cleanDocument(doc);
    expect(removed.map((r) => r.rule)).toContain('site-chrome');
    expect(doc.body.textContent).not.toContain('Hunger-Winter');
    expect(doc.body.textContent).toContain('parking scheme');
  });
});

describe('site-chrome: a blocked embed\'s notice, marked by its consent manager', () => {
  it('removes it in words no list holds, keeps a story box with an ordinary button', async () => {
    const { BODY, cleanFragment } = await import('../helpers');
    const notice = '<div class="ph" data-cmp-vendor="instagram"><p>Tämä sisältö on piilotettu, koska se tulee Instagramista.</p><button type="button" onclick="__tcfapi(\'displayConsentUi\',2,function(){})">Näytä sisältö</button></div>';
    expect((await cleanFragment(BODY + notice + BODY)).rules).toContain('site-chrome');
    const box = '<div class="facts"><p>The bridge opened in 1932 and carries 40,000 cars a day.</p><button type="button">Show map</button></div>';
    expect((await cleanFragment(BODY + box + BODY)).rules).not.toContain('site-chrome');
  });
});
