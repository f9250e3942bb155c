import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

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
