// Whole-block labels and date lines: blocks whose entire text is a UI label ("Anzeige", "Kontakt:",
// "Inhaltsverzeichnis") or a dateline ("Aktualisiert am 17.01.2021", "16 marca 2021"). Word-set
// membership over the block's few words: linear, and article prose never consists of these words only.
import type { Block } from './types';
import { phrases, startsWithPhrase } from './text';

/** Labels that are never article text when they make up a whole block (optionally with a colon). */
const LABELS = new Set([
  // ad markers and embed placeholders
  'anzeige', 'werbung', 'reklama', 'advertisement', 'advertising', 'ad', 'sponsored', 'gesponsert', 'publicité',
  'publicidad', 'pubblicità', 'publicidade', 'advertentie', 'reclame', 'externer inhalt', 'external content',
  'contenu externe', 'contenido externo', 'contenuto esterno', 'conteúdo externo', 'externe inhoud',
  // "read more" buttons left by teasers (a whole block of nothing else)
  'read more', 'continue reading', 'weiterlesen', 'mehr lesen', 'lire la suite', 'lire plus', 'leer más',
  'seguir leyendo', 'leggi di più', 'continua a leggere', 'leia mais', 'lees meer', 'lees verder', 'czytaj więcej',
  'czytaj dalej', 'läs mer', 'læs mere', 'les mer', 'lue lisää', 'číst dále', 'читать далее',
  // tables of contents
  'inhaltsverzeichnis', 'inhalt', 'table of contents', 'contents', 'sommaire', 'índice', 'indice', 'inhoud',
  'inhoudsopgave', 'spis treści',
  // bare field labels of contact and credit boxes
  'kontakt', 'contact', 'contacto', 'contatto', 'contato', 'kontakty', 'ansprechpartner', 'ansprechpartnerin',
  'autoren', 'autor', 'autorin', 'author', 'authors', 'auteur', 'auteurs', 'autores', 'autore', 'autori', 'auteurs',
  'von', 'by', 'par', 'por', 'door', 'quellen', 'quellenangaben', 'quelle', 'sources', 'source', 'fuentes',
  'fonti', 'fontes', 'bronnen', 'źródła', 'zusatzinformationen', 'originalartikel', 'original article',
  // press-contact box titles
  'ansprechpartner zum thema', 'ansprechpartnerin zum thema', 'ihr ansprechpartner', 'ihre ansprechpartnerin',
  'ihre ansprechpartner', 'pressekontakt', 'medienkontakt', 'press contact', 'media contact', 'contact presse',
  'contacto de prensa', 'contatto stampa', 'contato de imprensa', 'perscontact', 'kontakt dla mediów',
]);

/** Words a dateline is made of, besides numbers: months, weekdays, publication verbs, connectives. */
const DATE_WORDS = new Set(`
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
januar jänner februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica
janeiro fevereiro março maio junho julho setembro outubro novembro dezembro segunda terça quarta quinta sexta feira
januari februari maart mei augustus oktober maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
posted published updated last modified on at am um uhr h le à el de del il alle às em om op o w dnia
aktualisiert veröffentlicht veröffentlichung erstellt geändert stand publié mis jour modifié publicado actualizado
pubblicato aggiornato atualizado gepubliceerd bijgewerkt opublikowano zaktualizowano data date datum fecha
asked answered edited commented gefragt beantwortet bearbeitet kommentiert
pm utc gmt ist cet cest mez mesz edt est pst pdt bst
`.split(/\s+/).filter(Boolean));

/** Month names only (the first lines of DATE_WORDS). */
const MONTHS = new Set(`
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
januar jänner februar märz mai juni juli oktober dezember
janvier février mars avril juin juillet août septembre octobre novembre décembre
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
januari februari maart mei augustus oktober
stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
`.split(/\s+/).filter(Boolean));

function words(b: Block): string[] {
  return b.norm.trim().split(' ');
}

/** The whole block is one label ("Anzeige", "- Anzeige -", "Kontakt:", "Inhaltsverzeichnis"). */
export function labelOnly(b: Block): boolean {
  if (b.len > 40 || b.longParas > 0) return false;
  return LABELS.has(b.norm.trim());
}

/** Byline labels a meta row opens with. */
const BYLINE = phrases(['by', 'posted by', 'written by', 'von', 'verfasst von', 'geschrieben von', 'erstellt von', 'par',
  'publié par', 'écrit par', 'por', 'escrito por', 'publicado por', 'di', 'scritto da', 'pubblicato da', 'door',
  'geschreven door', 'przez', 'autor', 'autorin', 'author', 'auteur', 'autore']);

/** Separators of post-meta lines ("Freitag | 14. Juni 2019 | 15:49 | von Jane Doe | 0 Kommentare"). */
const SEPARATORS = /\s[|·•]\s/g;
const NUMERIC_DATE = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/;

/** A short line of meta fields split by bars or dots, one of them a date: the post's byline row. */
export function metaLine(b: Block): boolean {
  if (b.len > 120 || b.longParas > 0 || b.tag.length === 2 && b.tag[0] === 'h') return false;
  const seps = b.text.match(SEPARATORS);
  // Two fields and a date need a byline label to be a meta row ("Verfasst von: X | 31. Dezember 2008").
  if (!seps || seps.length < 2 && !startsWithPhrase(b.norm, BYLINE)) return false;
  if (NUMERIC_DATE.test(b.text)) return true;
  let number = false;
  let month = false;
  for (const w of words(b)) {
    if (/^\d{1,4}$/.test(w)) number = true;
    else if (MONTHS.has(w)) month = true;
  }
  return number && month;
}

/** The whole block is a dateline: at least one number, only date words otherwise, at most 10 words. */
export function datelineOnly(b: Block): boolean {
  // Headings stay: a chronology titles its sections "March 2020".
  if (b.len > 80 || b.longParas > 0 || b.tag.length === 2 && b.tag[0] === 'h') return false;
  // A cited title ("^ \"Le 15 Mai\"") is a reference, not a dateline.
  if (b.text.includes('"') || b.text.includes('^') || b.text.includes('“')) return false;
  const ws = words(b);
  if (ws.length > 10) return false;
  let number = false;
  let month = false;
  for (const w of ws) {
    if (/^\d{1,4}$/.test(w)) { number = true; continue; }
    if (!DATE_WORDS.has(w)) return false;
    month = true;
  }
  // "19:49" alone or a date with a month or weekday name; bare numbers ("2 3 4") are not dates.
  return number && (month || /^\d{1,2}[:.]\d{2}/.test(b.text) || /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(b.text));
}
