import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

const LONGER = ['The plan also includes forty new bicycle stands, two loading bays for deliveries and a taxi rank near the station, the transport officer explained to the committee.',
  'Opposition councillors asked why the consultation had closed in August, when many families were away, and called for a second round of public meetings in the autumn.',
  'The council agreed to publish the full results of the consultation, including the comments of the shop owners, on its website before the scheme starts.'].map((p) => `<p>${p}</p>`).join('');

describe('donation-appeal', () => {
  it('removes an end-of-article appeal with a donate link, in several languages', async () => {
    for (const appeal of [
      '<div><p>Independent journalism needs your support. Please consider supporting us today.</p><a href="/donate">Donate now</a></div>',
      '<div><p>L\'article vous a plu ? Soutenez-nous, faites un don.</p><a href="/soutenir">Je fais un don</a></div>',
      '<div><p>Unterstützen Sie uns mit Ihrer Spende.</p><a href="/spenden">Jetzt spenden</a></div>',
      '<div><p>Hazte socio y apoya el periodismo independiente.</p><a href="/hazte-socio">Hazte socio</a></div>',
      '<p>Steun ons: <a href="/doneren">doneer vandaag</a>.</p>',
      '<p>Gillade du artikeln? Stöd oss och bli månadsgivare. <a href="/stod-oss">Stöd oss</a></p>',
      '<p>Støtt oss og vår journalistikk – gi et bidrag i dag. <a href="https://vipps.no/x">Gi med Vipps</a></p>',
      '<p>Tue meitä ja riippumatonta journalismia: tee lahjoitus. <a href="/lahjoita">Lahjoita</a></p>',
      '<p>Podpořte nás a přispějte na nezávislou žurnalistiku. <a href="/podporte-nas">Darujte</a></p>',
      '<p>Поддержите нас: ваша поддержка помогает редакции. <a href="/podderzhat">Поддержать</a></p>',
    ]) {
      const out = await cleanFragment(BODY + appeal);
      expect(out.rules, appeal).toContain('donation-appeal');
      expect(out.text).toContain('The scheme will be reviewed');
    }
  });
  it('removes a whole appeal box: one linking to a support subdomain, one with its own donation form and a paragraph on what the site offers, one whose paragraph only asks for a contribution', async () => {
    const pay = 'Jeden Montag erscheint hier unsere Kolumne über das Leben im Kiez, dazu Reportagen und Interviews aus der ganzen Stadt.';
    for (const [box, gone] of [
      ['<div class="foot"><div><strong>Apoya el periodismo independiente</strong></div>Si te parece valioso nuestro trabajo, apóyanos para seguir. Únete a la comunidad de lectores que con su membresía mensual garantizan nuestra sostenibilidad y hacen posible que nuestros periodistas lleguen adonde otros no llegan.<div>Te necesitamos para seguir contando lo que otros callan.</div><div><a href="https://apoyo.diario.example/?u=nota">Apoya al diario</a></div></div>', 'Te necesitamos'],
      [`<div class="box"><h3>Kiezblatt.de zahl‘ ich freiwillig!</h3><p>Journalismus kostet! Gut recherchierte Texte brauchen Zeit und Menschen, die schreiben, prüfen und nachfragen, und das seit fast zwanzig Jahren.</p><p>${pay}</p><p>Wir wollen unsere Texte auch in Zukunft nicht hinter einer Bezahlschranke verstecken, denn sie gehören allen, die hier wohnen.</p><p>Deshalb unterstütze uns, monatlich oder einmalig, und wir machen weiter Lokaljournalismus.</p><form action="https://www.paypal.com/donate" method="post"><button>Unterstützen</button></form></div>`, pay],
      ['<div class="spendenbox"><h2>Wir bieten gründlichen Kulturjournalismus</h2><p>Wir sprechen mit Künstlerinnen und Künstlern, begleiten Premieren und Festivals und schreiben ausführlich darüber. Das ist aufwändig und teuer. Tragen Sie mit Ihrem Beitrag zur Vielfalt dieses Angebots bei.</p><a href="/index.php?id=20:spendenkampagne-2026">Ja, ich möchte helfen</a></div>', 'Wir sprechen mit'],
    ] as const) {
      // A box may hold at most 40% of the article's text: the story runs longer than BODY here.
      const out = await cleanFragment(BODY + LONGER + box);
      expect(out.rules, box).toContain('donation-appeal');
      expect(out.text, box).not.toContain(gone);
      expect(out.text).toContain('The scheme will be reviewed');
    }
  });
  it('removes an appeal whose only link is its support button, and the German "did you like this article?" appeal', async () => {
    for (const appeal of [
      '<div id="con-container"><i>El periodismo independiente necesita del apoyo de sus lectores para seguir contando lo que otros callan. ¡Con tu apoyo seguiremos trabajando!</i><br><div><a href="https://amigos.diario.example/?utm_source=web">Apoya a El Diario -&gt;</a></div></div>',
      '<p><strong>Hat dir dieser Artikel gefallen?</strong> Dann freuen wir uns, wenn du uns als Supporter mit einem monatlichen Beitrag unterstützt. <a href="https://radmagazin.example/support-us/">Jetzt Supporter werden!</a></p>',
    ]) {
      const out = await cleanFragment(BODY + LONGER + appeal);
      expect(out.rules, appeal).toContain('donation-appeal');
      expect(out.text).toContain('The scheme will be reviewed');
    }
  });
  it('keeps a paragraph that thanks readers for their support and links to its author', async () => {
    const p = '<p>Thank you for your support, wrote <a href="/author/john-doe">John Doe</a>, who organised the street party for the third year running with his neighbours.</p>';
    expect((await cleanFragment(BODY + LONGER + p)).rules).toEqual([]);
  });
  it('never takes two article paragraphs along with an appeal that shares their box', async () => {
    const box = '<div class="section"><p>The food bank, which opened in a former school in 2019, now serves more than four hundred families a week, twice as many as before the pandemic, its manager said.</p>' +
      '<p>Volunteers sort the donations every Thursday evening, and a van from the regional wholesaler delivers fresh produce on Fridays, although deliveries were cut by a third this year.</p>' +
      '<p>Independent local journalism needs your support: please consider supporting us with a donation today, every contribution helps.</p><a href="/donate">Donate now</a></div>';
    const out = await cleanFragment(BODY + box);
    expect(out.text).toContain('now serves more than four hundred families a week');
    expect(out.text).toContain('Volunteers sort the donations every Thursday evening');
  });
  it('removes a closing line whose only link goes to a tip platform, in a language it has no words for', async () => {
    const out = await cleanFragment(BODY + '<p>Ha tetszett a cikk, hívj meg egy kávéra! <a href="https://ko-fi.com/x">Ko-fi</a></p>');
    expect(out.rules).toContain('donation-appeal');
    expect(out.text).toContain('The scheme will be reviewed');
  });
  it('keeps a link to a tip platform inside prose, quoted, or beside other links', async () => {
    for (const line of [
      '<p>"Buy me a coffee," the creator wrote on <a href="https://ko-fi.com/x">her page</a>.</p>',
      '<p>Creators moved to <a href="https://patreon.com/x">Patreon</a> and <a href="https://example.org/report">other sites</a>.</p>',
    ]) expect((await cleanFragment(BODY + line)).rules, line).toEqual([]);
  });
  it('keeps reporting about donations and quoted appeals', async () => {
    const body = BODY + '<p>The charity said donations rose 20% last year.</p>' +
      '<p>"Please donate today, every pound helps," said the organiser, Jane Smith, at the launch.</p>' +
      '<p>«&nbsp;Faites un don&nbsp;», a lancé le maire devant la foule.</p>' +
      '<p>”Stöd oss, varje krona räknas”, sade ordföranden när insamlingen startade.</p>' +
      '<p>«Поддержите нас», — сказала директор фонда на открытии выставки.</p>';
    const out = await cleanFragment(body);
    expect(out.rules).toEqual([]);
  });
  it('keeps a long paragraph of prose that mentions support without any link', async () => {
    const p = '<p>Your support matters, the minister told a gathering of volunteers, before listing the programmes that depend on grants and the donations of local firms, including the food bank, the youth club, the shelter and the community transport service that carries elderly residents to hospital appointments every week.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('can be switched off', async () => {
    const appeal = '<div><p>Please consider supporting us today.</p><a href="/donate">Donate now</a></div>';
    expect((await cleanFragment(BODY + appeal, { disabledRules: ['donation-appeal'] })).rules).not.toContain('donation-appeal');
  });
});
