// A "we" written only in the verb's ending, in the languages that drop the pronoun, read inside a
// box that already asks the reader to act: a closing box of four short paragraphs (thanks, what the
// story cost, the offer, the small print) goes whole, as one unit (issue 16, class 2).
import { describe, expect, it } from 'vitest';
import { FIRST_PLURAL_ENDINGS, pluralByEnding } from '../../../src/lib/clean/first-plural-endings';
import { runPipeline } from './helpers';

describe('the endings', () => {
  it('are data: lower case, non-empty, per language', () => {
    for (const [lang, rule] of Object.entries(FIRST_PLURAL_ENDINGS)) {
      expect(lang).toMatch(/^[a-z]{2}$/);
      expect(rule.endings.length).toBeGreaterThan(0);
      for (const e of rule.endings) expect(e).toBe(e.toLowerCase());
    }
  });
  it.each([
    ['it', 'Senza il vostro aiuto non possiamo continuare questo lavoro.'],
    ['pl', 'Dzięki wam możemy pisać o sprawach, których nikt inny nie opisuje.'],
    ['hu', 'Ezt a riportot három hétig készítettük a tanyákon.'],
    ['tr', 'Bağımsız gazetemiz okurlarının desteğiyle yaşıyor.'],
    ['es', 'Cada semana recorremos los barrios que nadie más cubre.'],
    ['el', 'Χωρίς εσάς δεν μπορούμε να συνεχίσουμε.'],
  ])('%s: %s', (lang, text) => expect(pluralByEnding(text, lang)).toBe(true));
  it('not adjectives and short words that end so, nor without the page\'s language', () => {
    expect(pluralByEnding('Los últimos y próximos días fueron mínimos.', 'es')).toBe(false);
    expect(pluralByEnding('Tamo je samo jedan most.', 'hr')).toBe(false);
    expect(pluralByEnding('Senza il vostro aiuto non possiamo continuare.', undefined)).toBe(false);
    expect(pluralByEnding('Ramos dijo que sí.', 'es')).toBe(false);
  });
});

const page = (lang: string, site: string, body: string, box: string): string => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<meta property="og:site_name" content="${site}"><title>Storia | ${site}</title></head><body><main><article><h1>Il ponte sul fiume riapre dopo tre anni di lavori e polemiche</h1>
${body}${box}</article></main></body></html>`;

const IT_BODY = [
  'Il ponte che collega i due quartieri della città è stato riaperto ieri mattina, dopo tre anni di cantiere e due varianti al progetto iniziale.',
  'Il sindaco ha tagliato il nastro davanti a qualche centinaio di residenti, molti dei quali hanno atteso per mesi una data certa di riapertura.',
  'Secondo la Provincia, il costo finale dell’opera ha superato di un terzo le previsioni, soprattutto per il rincaro dei materiali da costruzione.',
  'I commercianti della zona sperano ora in un ritorno dei clienti, dopo un periodo in cui molti negozi hanno ridotto gli orari di apertura.',
  'Il traffico pesante resterà vietato fino alla fine del mese, quando saranno completate le ultime prove di carico previste dal collaudo.',
].map((p) => `<p>${p}</p>`).join('\n');

describe('a closing box in the outlet\'s voice, the "we" in the verbs', () => {
  it('goes whole, thanks, cost, offer and small print', () => {
    const box = `<div class="fine-articolo"><p><strong>Grazie per aver letto fin qui.</strong></p>
      <p>Per questo servizio abbiamo passato due settimane nei cantieri e negli uffici, parlando con decine di persone e leggendo centinaia di pagine.</p>
      <p>Possiamo farlo solo grazie a chi ci sostiene ogni mese: con 4 euro al mese ci aiuti a restare liberi e senza pubblicità invadente.</p>
      <p>Paghi con carta o bonifico sul conto della cooperativa che pubblica il giornale, e ricevi ogni settimana la nostra lettera dal territorio.</p>
      <p>Puoi annullare in qualsiasi momento, con un clic.</p><p><a class="bottone" href="/sostienici">Sostieni il giornale</a></p></div>`;
    const out = runPipeline(page('it', 'Corriere della Valle', IT_BODY, box), 'https://www.corrieredellavalle.it/2025/04/02/ponte/');
    expect(out.text).not.toContain('abbiamo passato due settimane');
    expect(out.text).not.toContain('Possiamo farlo solo');
    expect(out.text).not.toContain('Puoi annullare');
    for (const p of ['Il ponte che collega', 'Il traffico pesante resterà']) expect(out.text).toContain(p);
  });
  it('an article paragraph that quotes a "we" is kept', () => {
    const quote = '<p>«Possiamo finalmente tornare a lavorare come prima», ha detto il titolare di una ferramenta sulla riva sinistra, che ha perso metà dei clienti.</p>';
    const out = runPipeline(page('it', 'Corriere della Valle', IT_BODY + quote, ''), 'https://www.corrieredellavalle.it/2025/04/02/ponte/');
    expect(out.text).toContain('Possiamo finalmente tornare a lavorare come prima');
  });
});
