// Promos found by what they point at and how they sit, not by their words (issue 16): the outlet's
// own social profiles and app in the stores, a number beside a messenger's name, the outlet's own
// address in a box of its own, an offer box in a layout table or with a way to pay but no name the
// page declares, a closing run that ends on a list of tiers or has a follow line after the offer.
// Wording here is invented for the tests (Icelandic-like and Swahili-like text no list holds).
import { describe, expect, it } from 'vitest';
import { BANK_ACCOUNT } from '../../../src/lib/clean/payment-platforms';
import { norm, runPipeline } from './helpers';

const STORY = [
  'The regional council voted on Thursday to close the ferry link between the two harbours from the first of October, citing falling passenger numbers.',
  'Fishermen and shop owners on the island said the decision would cut them off from the mainland hospital and the secondary school for most of the winter.',
  'The council leader told the meeting that the service had lost money for six years in a row and that a bus connection over the bridge would replace it.',
  'Opponents have collected more than two thousand signatures and plan to present them at the next session, where a final budget vote is expected.',
  'A decision on whether a smaller boat could run twice a week during the summer months has been postponed until the spring, officials said.',
  'The harbour master said repairs to the northern quay would go ahead regardless, as they are paid for by a national infrastructure fund.',
];
const joined = (s: readonly string[]): string => s.map((t) => `<p>${t}</p>`).join('');

function run(host: string, body: string, head = ''): string {
  const url = `https://www.${host}/frettir/2025/06/12/ferja`;
  const html = `<!DOCTYPE html><html lang="en"><head><title>Ferry link to close</title>${head}</head>
<body><header><a href="/">Home</a></header><main><article><h1>Ferry link to close in October</h1>
<div class="body">${body}</div></article></main><footer>© 2025</footer></body></html>`;
  return norm(runPipeline(html, url).text);
}

const keepsStory = (text: string): void => {
  for (const s of STORY) expect(text).toContain(norm(s));
};

describe('links to the outlet’s own channels', () => {
  it('a short line linking to two of the outlet’s own profiles is a follow plug in any language', () => {
    const line = '<p>Fylgdu okkur á <a href="https://www.facebook.com/eyjafrettir">Facebook</a> og <a href="https://t.me/eyjafrettir">Telegram</a>.</p>';
    const text = run('eyjafrettir.is', joined(STORY) + line);
    keepsStory(text);
    expect(text).not.toContain('Fylgdu okkur');
  });
  it('a podcast’s listen row (not every link a profile) is not taken as a follow line', () => {
    const row = '<p><a href="https://open.spotify.com/show/x1">Spotify</a> · <a href="https://www.youtube.com/@eyjafrettir">YouTube</a></p>';
    const text = run('eyjafrettir.is', joined(STORY) + '<div class="p9"><p>Hlustaðu á hlaðvarpið okkar um hafnirnar, nýr þáttur á hverjum fimmtudegi.</p>' + row + '</div>');
    keepsStory(text);
  });
  it('the outlet’s own app in the stores, in a layout table, is an app promo whatever the words', () => {
    const box = '<table class="q1"><tr><td><img src="/i.png" alt=""></td><td><b>Sækja appið</b><br><span>Fréttir beint í símann.</span><br>' +
      '<a href="https://apps.apple.com/is/app/eyjafrettir/id1">App Store</a> <a href="https://play.google.com/store/apps/details?id=is.eyjafrettir">Google Play</a></td></tr></table>';
    const text = run('eyjafrettir.is', joined(STORY.slice(0, 3)) + box + joined(STORY.slice(3)));
    keepsStory(text);
    expect(text).not.toContain('Sækja appið');
  });
});

describe('contacts and payments without a phrase list', () => {
  it('a number beside a messenger’s name after a question asks for tips', () => {
    const tip = '<p>Je, una habari zaidi kuhusu feri hii? Tutumie picha kwa WhatsApp: 0712 345 678</p>';
    const text = run('habarizapwani.co.tz', joined(STORY) + tip);
    keepsStory(text);
    expect(text).not.toContain('Tutumie picha');
  });
  it('the outlet’s own address in a box of its own, mid-article, with a particle glued to it', () => {
    const box = '<div class="z3"><p>■ 관련 제보를 받습니다. 이메일 jebo@eyjafrettir.is로 보내주세요.</p></div>';
    const text = run('eyjafrettir.is', joined(STORY.slice(0, 3)) + box + joined(STORY.slice(3)));
    keepsStory(text);
    expect(text).not.toContain('제보를');
  });
  it('BANK_ACCOUNT reads 16 to 22 digits in groups, not four years in a row', () => {
    expect(BANK_ACCOUNT.test('CLABE 0123 2000 1234 5678 90')).toBe(true);
    expect(BANK_ACCOUNT.test('in 1998 2003 2008 2013 the quay flooded')).toBe(false);
    expect(BANK_ACCOUNT.test('call 0712 345 678')).toBe(false);
  });
});

describe('offer boxes and closing runs', () => {
  it('a layout-table box in the outlet’s voice with a button and a way to pay goes whole', () => {
    const box = '<table class="k8"><tr><td><b>Styddu okkur</b></td></tr><tr><td>Við erum óháður miðill og við treystum á lesendur.</td></tr>' +
      '<tr><td>Sendu framlag með Easypaisa: 0300-1234567</td></tr><tr><td><a href="/framlag/">Styrkja núna</a></td></tr></table>';
    const text = run('eyjafrettir.is', joined(STORY.slice(0, 3)) + box + joined(STORY.slice(3)), '<meta property="og:site_name" content="Eyjafréttir">');
    keepsStory(text);
    expect(text).not.toContain('Styddu okkur');
    expect(text).not.toContain('óháður miðill');
  });
  it('a closing run that ends on a list of tiers goes, opener and self-description with it', () => {
    const tail = '<p><strong>Var þetta gagnlegt?</strong> Eyjafréttir eru óháður miðill sem lesendur halda uppi.</p>' +
      '<p>Gerstu áskrifandi frá 990 kr á mánuði.</p><ul><li>Lesandi: 990 kr á mánuði</li><li>Vinur: 2490 kr á mánuði</li></ul>';
    const text = run('eyjafrettir.is', joined(STORY) + tail, '<meta property="og:site_name" content="Eyjafréttir">');
    keepsStory(text);
    expect(text).not.toContain('Var þetta gagnlegt');
    expect(text).not.toContain('Vinur: 2490');
  });
});
