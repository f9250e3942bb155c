import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('disclaimer', () => {
  it('removes disclosures and notices at the head or the tail of the text', async () => {
    for (const [where, note] of [
      ['tail', '<p>Advertising disclosure: We may receive compensation for some of the links in our stories.</p>'],
      ['head', '<p><em>Dieser Artikel enthält Affiliate-Links. Kaufen Sie darüber ein, erhalten wir eine kleine Provision.</em></p>'],
      ['tail', '<p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p>'],
      ['head', '<p>(Alle Angaben ohne Gewähr)</p>'],
      ['tail', '<p>Les opinions exprimées n\'engagent que leur auteur.</p>'],
      ['tail', '<p>Las opiniones de este texto no reflejan necesariamente la posición del periódico.</p>'],
      ['head', '<p>Dieser Beitrag stammt aus Ausgabe 4/2024 unseres Magazins, das im Handel erhältlich ist.</p>'],
      ['tail', '<p>Opinie wyrażone w tekście nie muszą odzwierciedlać stanowiska redakcji.</p>'],
    ] as const) {
      const html = where === 'head' ? note + BODY : BODY + note;
      expect((await cleanFragment(html)).rules, note).toContain('disclaimer');
    }
  });
  it('removes a notice that names itself or carries a disclaimer class anywhere', async () => {
    const mid = BODY.replace('</p><p>', '</p><p>Disclaimer: the views expressed here are the author\'s own.</p><p>');
    expect((await cleanFragment(mid)).rules).toContain('disclaimer');
    const hinted = BODY.replace('</p><p>', '</p><div class="community-notice">Bei diesem Beitrag handelt es sich um einen Leserblog.</div><p>');
    expect((await cleanFragment(hinted)).rules).toContain('disclaimer');
  });
  it('keeps reporting about commissions and disclosures', async () => {
    const body = BODY.replace('</p><p>', '</p><p>Many sites only print a line saying they may earn a commission, the report found.</p><p>') +
      '<p>"We may earn a commission is not enough," said the regulator, who wants clearer labels.</p>' +
      '<p>The guide explains how affiliate links work and why review sites depend on them.</p>' +
      '<p>Disclaimer: if you see different patch sizes when you press update, the old mechanism is still in use.</p>' +
      '<p>This article originally appeared on The Daily Example.</p>';
    expect((await cleanFragment(body)).rules).toEqual([]);
  });
});
