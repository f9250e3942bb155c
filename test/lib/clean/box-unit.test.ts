// The box is the unit (issue 16): an appeal box goes whole, as one entry, in languages no phrase list
// holds, because of how it sits and what it says of the outlet (its name, declined or not; a price; a
// way to pay; a button to its own pages), and article text beside it stays. Wording here is invented
// for the tests and appears in no fixture.
import { describe, expect, it } from 'vitest';
import { pageHost } from '../../../src/lib/clean/outlet-voice';
import { BANK_ACCOUNT, PAYMENT_NAMES } from '../../../src/lib/clean/payment-platforms';
import { runPipeline } from './helpers';

const STORY = [
  'The regional council voted on Thursday to close the ferry link between the two harbours from the first of October, citing falling passenger numbers.',
  'Fishermen and shop owners on the island said the decision would cut them off from the mainland hospital and the secondary school for most of the winter.',
  'The council leader told the meeting that the service had lost money for six years in a row and that a bus connection over the bridge would replace it.',
  'Opponents have collected more than two thousand signatures and plan to present them at the next session, where a final budget vote is expected.',
  'A decision on whether a smaller boat could run twice a week during the summer months has been postponed until the spring, officials said.',
  'The harbour master said repairs to the northern quay would go ahead regardless, as they are paid for by a national infrastructure fund.',
];
const para = (t: string): string => `<p>${t}</p>`;

function page(host: string, siteName: string, body: string): { html: string; url: string } {
  const url = `https://www.${host}/uudised/2025/06/12/praam`;
  return {
    url,
    html: `<!DOCTYPE html><html lang="et"><head><title>Praamiühendus suletakse | ${siteName}</title>
<meta property="og:site_name" content="${siteName}"><meta property="og:type" content="article"></head>
<body><header><a href="/">${siteName}</a></header><main><article><h1>Praamiühendus suletakse oktoobrist</h1>
<div class="body">${body}</div></article></main><footer>© ${siteName}</footer></body></html>`,
  };
}

const joined = (s: string[]): string => s.map(para).join('');

describe('an appeal box between paragraphs goes whole, in a language no list knows', () => {
  // Estonian, declined outlet name ("Põhjaranna Teatajat"), a price with "kuus", a button to an
  // absolute link on the page's own host: nothing here is in a phrase list.
  const box = '<div class="x7k2"><h3>Miks me sinu abi palume?</h3>' +
    '<p>Põhjaranna Teatajat teeb neli ajakirjanikku Haapsalus. Meil ei ole omanikku ega reklaamilepinguid vallaga.</p>' +
    '<p>Hakka püsitoetajaks alates 5 € kuus ja aita meil ranniku elust edasi kirjutada.</p>' +
    '<p><a href="https://www.pohjarannateataja.ee/toeta">Toeta meid</a> · <a href="https://www.pohjarannateataja.ee/toeta/uks-kord">Ühekordne toetus</a></p></div>';
  const { html, url } = page('pohjarannateataja.ee', 'Põhjaranna Teataja', joined(STORY.slice(0, 3)) + box + joined(STORY.slice(3)));

  it('removes title, paragraphs and buttons, as one entry that restores the box', () => {
    const out = runPipeline(html, url);
    expect(out.text).not.toContain('Miks me sinu abi palume');
    expect(out.text).not.toContain('neli ajakirjanikku');
    expect(out.text).not.toContain('5 € kuus');
    const entries = out.removed.filter((r) => r.text.includes('neli ajakirjanikku'));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.html).toContain('Miks me sinu abi palume');
    expect(entries[0]?.html).toContain('Ühekordne toetus');
    for (const s of STORY) expect(out.text).toContain(s);
  });

  it('keeps a fact box of the story, with a heading, paragraphs and a link off the site', () => {
    const facts = '<div class="x7k2"><h3>Mida otsus tähendab?</h3>' +
      '<p>The ferry carried 41,000 passengers last year, a third fewer than in 2019, according to the council’s own figures.</p>' +
      '<p>The bus connection over the bridge is to run every two hours, with the first departure at 6.10 in the morning.</p>' +
      '<p><a href="https://www.council.example/transport/ferry-decision">Read the council decision</a></p></div>';
    const p = page('pohjarannateataja.ee', 'Põhjaranna Teataja', joined(STORY.slice(0, 3)) + facts + joined(STORY.slice(3)));
    const out = runPipeline(p.html, p.url);
    expect(out.text).toContain('41,000 passengers');
    expect(out.text).toContain('every two hours');
  });
});

describe('a box whose button another rule took goes with its button', () => {
  it('takes the title and the self-description left behind, once', () => {
    // The donate link line is an appeal on its own; the rest of the box (title, the outlet on itself)
    // is what used to stay in the article.
    const box = '<div class="q1"><div class="q2"><p><strong>Miks teeme kohalikku ajakirjandust</strong></p>' +
      '<p>Saarte Hääl on väike toimetus, mille asutasid 2019. aastal kolm ajakirjanikku ja mida toetavad lugejad.</p>' +
      '<p><a href="https://www.patreon.com/saartehaal">Patreon</a> · <a href="https://paypal.me/saartehaal">PayPal</a></p></div></div>';
    const { html, url } = page('saartehaal.ee', 'Saarte Hääl', joined(STORY.slice(0, 3)) + box + joined(STORY.slice(3)));
    const out = runPipeline(html, url);
    expect(out.text).not.toContain('kolm ajakirjanikku');
    expect(out.text).not.toContain('Miks teeme kohalikku');
    expect(out.removed.filter((r) => r.text.includes('kolm ajakirjanikku'))).toHaveLength(1);
    for (const s of STORY) expect(out.text).toContain(s);
  });
});

describe('closing lines in the outlet voice', () => {
  const host = 'lounalehti.fi';
  it('a tip prompt with the outlet’s own address printed as text goes; another domain’s address stays', () => {
    const tip = para('Tiedätkö asiasta lisää? Kerro toimitukselle: vinkit@lounalehti.fi');
    const council = para('Comments on the plan can be sent to the planning office at kaavoitus@kunta.example until the end of August, the council said.');
    const { html, url } = page(host, 'Lounalehti', joined(STORY) + council + tip);
    const out = runPipeline(html, url);
    expect(out.text).not.toContain('Kerro toimitukselle');
    expect(out.text).toContain('kaavoitus@kunta.example');
  });

  it('a payment app or bank account named by the outlet goes; one in the story stays', () => {
    const pay = para('Lounalehti elää lukijoidensa tuella. Voit tukea meitä MobilePaylla numeroon 12 345 tai tilille FI21 1234 5600 0007 85.');
    const story = para('Donations for the flood victims can be made to the relief association’s account FI79 4055 0010 1234 56 until the end of the month.');
    const { html, url } = page(host, 'Lounalehti', joined(STORY) + story + pay);
    const out = runPipeline(html, url);
    expect(out.text).not.toContain('elää lukijoidensa tuella');
    expect(out.text).toContain('to the relief association');
  });

  it('a quoted name is no quotation: „Name“ in the outlet’s own box does not shield it', () => {
    const box = '<div class="z9"><div>Kāpēc mēs lūdzam atbalstu?</div>' +
      '<p>„Kurzemes Balss“ ir neatkarīgs reģionālais portāls, ko izdod nodibinājums. Mums nav īpašnieka no politikas.</p>' +
      '<ul><li><a href="https://www.patreon.com/kurzemesbalss">Atbalstīt Patreon</a></li><li><a href="/atbalsts">Citi veidi</a></li></ul></div>';
    const { html, url } = page('kurzemesbalss.lv', 'Kurzemes Balss', joined(STORY.slice(0, 3)) + box + joined(STORY.slice(3)));
    const out = runPipeline(html, url);
    expect(out.text).not.toContain('neatkarīgs reģionālais portāls');
    for (const s of STORY) expect(out.text).toContain(s);
  });
});

describe('closing lines that together are an appeal', () => {
  it('takes the opener, the outlet on itself and the way to give, when no line is an appeal alone', () => {
    const run = para('Kas see lugu oli sulle kasulik?') +
      para('Lõunarannik on sõltumatu kohalik leht, mida annab välja lugejate ühistu ja mis ei võta raha vallalt.') +
      para('Toeta meid MobilePays numbrile 88 231 või kanna summa kontole EE38 2200 2210 2014 5685.');
    const { html, url } = page('lounarannik.ee', 'Lõunarannik', joined(STORY) + run);
    const out = runPipeline(html, url);
    expect(out.text).not.toContain('sulle kasulik');
    expect(out.text).not.toContain('sõltumatu kohalik leht');
    expect(out.text).not.toContain('MobilePays');
    for (const s of STORY) expect(out.text).toContain(s);
  });
  it('keeps closing paragraphs of the story that name the outlet but ask nothing', () => {
    const end = para('Lõunarannik asked the council for its passenger figures on Monday; they had not arrived by the time of publication.') +
      para('The last crossing is scheduled for 30 September at 18.00, weather permitting, the operator said.');
    const { html, url } = page('lounarannik.ee', 'Lõunarannik', joined(STORY) + end);
    const out = runPipeline(html, url);
    expect(out.text).toContain('asked the council for its passenger figures');
    expect(out.text).toContain('The last crossing is scheduled');
  });
});

describe('the knowledge behind it is data', () => {
  it('PAYMENT_NAMES: lower-case, each once, no common English word', () => {
    for (const n of PAYMENT_NAMES) expect(n, n).toBe(n.toLowerCase());
    expect(new Set(PAYMENT_NAMES).size).toBe(PAYMENT_NAMES.length);
    for (const w of ['bit', 'wave', 'ideal', 'steady', 'toss', 'maya', 'plus']) expect(PAYMENT_NAMES).not.toContain(w);
  });
  it('BANK_ACCOUNT reads IBANs and Balkan accounts, not dates or phone numbers', () => {
    for (const s of ['SI56 6100 0002 3456 789', 'DE89 3704 0044 0532 0130 00', 'FI2112345600000785', '160-0000000421337-58']) expect(BANK_ACCOUNT.test(s), s).toBe(true);
    for (const s of ['12.06.2025', '+372 5555 1234', 'ISBN 978-3-16-148410-0', 'COVID 2019']) expect(BANK_ACCOUNT.test(s), s).toBe(false);
  });
  it('pageHost drops www and refuses what is no URL', () => {
    expect(pageHost('https://www.example.org/a')).toBe('example.org');
    expect(pageHost('not a url')).toBeUndefined();
  });
});
