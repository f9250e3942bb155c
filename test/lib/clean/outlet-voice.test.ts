// The outlet speaking about itself: names from the page, "we"/"our", a call to act, price offers.
import { describe, expect, it } from 'vitest';
import { outletNames } from '../../../src/lib/clean/outlet-voice';
import { CURRENCIES, FIRST_PLURAL, MEMBERSHIP, PERIODS } from '../../../src/lib/clean/outlet-words';
import { cleanFragment } from './helpers';

const BODY = '<p>The council met on Tuesday evening to discuss the new budget, which includes cuts to libraries and parks across the district.</p>' +
  '<p>Several residents spoke against the plan during the public session, and the vote was postponed until the next meeting in March.</p>' +
  '<p>The mayor said she would publish a revised proposal before the vote, with more money for the two libraries that were due to close.</p>';

describe('outletNames', () => {
  it('reads the site name, the publisher and the host label, without a leading article', () => {
    expect(outletNames({ siteName: 'The Daily Ledger', publisher: 'Ledger Media', url: 'https://www.dailyledger.co.uk/x' }))
      .toEqual([' the daily ledger ', ' daily ledger ', ' ledger media ', ' dailyledger ']);
    expect(outletNames({ url: 'https://diariodelsur.com.ar/nota/1' })).toEqual([' diariodelsur ']);
    expect(outletNames({ url: 'http://127.0.0.1:8080/a' })).toEqual([]);
    expect(outletNames({ siteName: 'AB' })).toEqual([]);
  });
});

describe('the word lists are data, compiled and non-empty', () => {
  it.each([['FIRST_PLURAL', FIRST_PLURAL], ['MEMBERSHIP', MEMBERSHIP], ['CURRENCIES', CURRENCIES], ['PERIODS', PERIODS]])('%s', (_, list) => {
    expect(list.length).toBeGreaterThan(20);
    for (const w of list) expect(w.trim()).not.toBe('');
  });
  it('holds no first-person word that is a common word of another language (me, my, mi, os, nas)', () => {
    for (const w of ['me', 'my', 'mi', 'os', 'nas', 'nam']) expect(FIRST_PLURAL).not.toContain(` ${w} `);
  });
});

describe('outlet self-promotion', () => {
  it('removes a closing line in which the outlet describes itself and points to its membership page', async () => {
    const line = '<p>Radio Kiosk is funded by its listeners, not by advertisers. <a href="/membres">Rejoignez-nous</a></p>';
    const out = await cleanFragment(BODY + line);
    expect(out.text).not.toContain('funded by its listeners');
    expect(out.rules).toContain('outlet-promo');
  });
  it('removes a tip prompt with a mail link in any language', async () => {
    const p = '<p>¿Sabes algo más sobre este caso? Escríbenos a <a href="mailto:pistas@diario.example">pistas@diario.example</a></p>';
    const out = await cleanFragment(BODY + p);
    expect(out.text).not.toContain('Escríbenos');
  });
  it('keeps a sentence of the story that links inside it, and a quoted call', async () => {
    const inline = '<p>The council had first proposed the scheme in 2023, <a href="/earlier">as we reported</a> last spring.</p>';
    const quotedCall = '<p>"We need every member to give what they can," the union\'s treasurer said. <a href="/join">Join</a></p>';
    const out = await cleanFragment(BODY + inline + quotedCall);
    expect(out.text).toContain('as we reported last spring');
    expect(out.text).toContain('We need every member to give what they can');
  });
  it('keeps a closing paragraph that says "we" but asks nothing', async () => {
    const p = '<p>We asked the ministry for comment on Friday and had not received a reply by the time of publication.</p>';
    expect((await cleanFragment(BODY + p)).text).toContain('We asked the ministry for comment');
  });
});

describe('membership and price offers', () => {
  it.each([
    ['de', '<p>Werden Sie Teil unseres Freundeskreises – schon ab 5 € im Monat. <a href="/freunde">Mitmachen</a></p>'],
    ['pt', '<p>Seja sócio a partir de R$ 9,90/mês e receba nossa revista. <a href="/socios">Quero ser sócio</a></p>'],
    ['sv', '<p>Bli medlem för 49 kr/mån och få alla våra reportage. <a href="/medlem">Bli medlem</a></p>'],
    ['en', '<p>Become a Friend of the Chronicle from $8 a month. <a href="/friends">Join now</a></p>'],
  ])('%s: removes the offer', async (_, offer) => {
    const out = await cleanFragment(BODY + offer);
    expect(out.rules.length).toBeGreaterThan(0);
    expect(out.text).toContain('The mayor said she would publish');
  });
  it('keeps a story about a price rise', async () => {
    const p = '<p>The streaming service will charge members $15.49 a month from July, the company said in a statement, up from $13.99.</p>';
    expect((await cleanFragment(BODY + p)).text).toContain('$15.49 a month');
  });
});

describe('quotations opened with a dash', () => {
  it('keep their "we": the speaker is not the outlet', async () => {
    const appeal = '<p>Stöd vår journalistik med en gåva via Swish. <a href="/stod-oss">Stöd oss</a></p>';
    const quote = '<p>– Vi är medvetna om att det här slår hårt mot de boende, och därför har vi valt att behålla morgonturen, säger kommunalrådet.</p>';
    const out = await cleanFragment(BODY + appeal + quote);
    expect(out.text).toContain('Vi är medvetna om');
    expect(out.text).not.toContain('Stöd vår journalistik');
  });
});
