// The byline written at the article's end (or opening its body in bold), with no class or link to find it by: "Posted by Lucia
// Di Marco" under a blog post, a bold name as the last line ("<p><b>Trần Minh Khoa</b></p>"), a
// "— Ana Ruiz" or "Texto: João Lima" signature, common on regional and Eastern European, Vietnamese
// and blog pages. Read only when no other source names an author (ranked after every byline) and
// cited "from the page text (check it)".
import type { Candidate } from './candidates';
import { bodyOf } from '../extract/safe-dom';
import { blockText } from './block-text';
import { elementText, holdersOf, inChrome } from './dom-scan';

/** Signature prefixes: "Posted by", "Publicado por", "Texto:", "Автор:", "گزارش:", "Bài:", "Viết bởi"… */
const SIGNED = /^\s*(?:posted by|written by|story by|words by|text by|reporting by|reported by|by|publié par|par|geschrieben von|von|publicado por|por|escrito por|scritto da|di|door|napisał[a]?|tekst|texto|text|autor|autorka|auteur|author|skrevet af|skrevet av|skrivet av|av|af|kirjoittanut|yazan|yazar|автор|текст|подготовил[а]?|bài|viết bởi|tác giả|گزارش|نویسنده|بقلم|كتب|כתב|מאת|著者|作者|文|記者|글)\s*[:：\-–—]?\s+(.{2,60})$/iu;
/** A dash or parentheses around a bare name: "— Ana Ruiz", "(Ana Ruiz)", "（尾道支局・藤原美咲）". */
const FRAMED = /^\s*(?:[–—-]\s*(.{2,60})|[(（](.{2,60})[)）])\s*$/u;
/** A Chinese, Japanese or Korean name as signatures write it: two to six characters, maybe one space. */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK_NAME = new RegExp(`^[${CJK}]{1,4}(?:[ \\u3000]?[${CJK}]{1,4})$`, 'u');
/** A signature's text all in those scripts (with the marks and spaces that set a desk apart). */
const CJK_TEXT = new RegExp(`^[${CJK}ー・/／ \\u3000]+$`, 'u');
/** Where a CJK signature puts the bureau or desk before the name: "尾道支局・", "金沢総局/", "報道部　"
 *  (a space cuts only after a desk's last character: "田中 一郎" is a name with a space). */
const CJK_BUREAU = /^.*(?:[・/／]|(?<=[部局社室課班])[ \u3000])\s*/u;
/** A name: two to five words, each opening with a capital (or in a script without case), no digit. */
const NAME = /^(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*)(?:\s+(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*|d[aeiou]s?|de la|del|van|von|der|le|la|di|da|dos|bin|ibn|al-\p{L}+)){1,4}$/u;

/** How many of the last lines are read, and how long a signature line may be. */
const LAST_LINES = 4;
const LINE_MAX = 80;

const text = elementText;

/** The element whose paragraphs hold most of the page's text after the headline: the article body. */
export function bodyContainer(body: Element, headline: Element | null): Element | null {
  const score = new Map<Element, number>();
  const paras = body.getElementsByTagName('p');
  for (let i = 0; i < paras.length && i < 2000; i++) {
    const p = paras[i] as Element;
    const parent = p.parentElement;
    if (!parent || (headline && headline.compareDocumentPosition(p) & 2)) continue; // before the headline
    const n = text(p).length;
    if (n > 80) score.set(parent, (score.get(parent) ?? 0) + n);
  }
  let best: Element | null = null;
  let most = 0;
  for (const [el, n] of score) if (n > most) { best = el; most = n; }
  return best;
}

/** Whether all of the element's text sits in bold, strong or italic type: a signature set apart
 *  ("<p align=right><i>Jean-Marc de Lhoneux</i></p>" under a Belgian regional story). */
/** Type that sets a signature apart. */
const EMPHASIS = 'b, strong, i, em';

function allBold(el: Element): boolean {
  const bold = Array.from(el.querySelectorAll(EMPHASIS)).map(text).join(' ').trim();
  return bold.length > 0 && bold.length >= text(el).length - 1;
}

/** The name a signature line gives, or '' when the line is none. */
export function signatureName(line: string, bold: boolean): string {
  if (line.length > LINE_MAX || /\d|[@©|]/.test(line)) return '';
  const signed = SIGNED.exec(line);
  const framed = FRAMED.exec(line);
  let name = (signed?.[1] ?? framed?.[1] ?? framed?.[2] ?? (bold ? line : '')).replace(/[.,;:]+$/, '').trim();
  // "By Ngozi Eze-Ibekwe, Abuja": after a "by", a word or two after a comma is the place filed from.
  if (signed) name = name.replace(/,\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)?$/u, '');
  // Han, kana and Hangul are caseless letters that NAME would take whole, desk and all.
  if (framed?.[2] && CJK_TEXT.test(framed[2])) {
    const cjk = framed[2].replace(CJK_BUREAU, '').trim();
    return CJK_NAME.test(cjk) && cjk.length >= 2 ? cjk : '';
  }
  // "Story by Priya Raghunathan and Kevin J. Lindqvist": co-authors, each a name (creators.ts splits them).
  const names = name.split(CO_AUTHORS);
  return names.every((n) => NAME.test(n)) && names.length <= 4 ? name : '';
}
/** Joins co-authors in a signature: a comma or "and" in the languages signatures are written in. */
const CO_AUTHORS = /\s*,\s*|\s+(?:and|und|et|y|e|i|en|og|och|и|ve|és|și|a|oraz|ja|και)\s+/u;

/** A signature on the first of two or three lines, a credit under it: "<b><i>Игорь Семёнов</i></b><br>
 *  <font size=1>Фото автора</font>" (the photo is the author's). The first line alone is read. */
function firstLineSignature(el: Element): string {
  if (!el.getElementsByTagName('br').length) return '';
  const lines = blockText(el).split('\n');
  const head = lines[0] ?? '';
  if (lines.length < 2 || lines.length > 3 || lines.slice(1).some((l) => l.length > 40)) return '';
  const bold = Array.from(el.querySelectorAll(EMPHASIS)).some((b) => text(b) === head);
  return signatureName(head, bold);
}

/** A contributor line of several credits, the writers' first: "Story by Priya Raghunathan and Kevin
 *  J. Lindqvist. Editing by Sarah Whitcombe-Hall. Photos by Alicia Moreno-Vance." */
function creditSentence(line: string): string {
  if (line.length <= LINE_MAX || line.length > 300) return '';
  // Sentences end after a word in lower case, not after an initial ("Kevin J. Lindqvist").
  for (const sentence of line.split(/(?<=\p{Ll}{2})\.\s+/u)) {
    if (!SIGNED.test(sentence)) continue;
    const name = signatureName(sentence.replace(/\.$/, ''), false);
    if (name) return name;
  }
  return '';
}

/** How many of the body's first lines a signed byline may open ("By Ngozi Eze-Ibekwe, Abuja"). */
const FIRST_LINES = 2;

export function fromEndByline(doc: Document, headline: Element | null): Candidate[] {
  const body = bodyOf(doc);
  const box = body ? bodyContainer(body, headline) : null;
  if (!box) return [];
  const holders = holdersOf(headline);
  // A signed line that opens the body, in bold of its own (a byline the CMS had no field for).
  let first = 0;
  for (let el = box.firstElementChild; el && first < FIRST_LINES; el = el.nextElementSibling) {
    const line = text(el);
    if (!line) continue;
    first++;
    if (inChrome(el, holders) || !allBold(el) || !SIGNED.test(line)) continue;
    const name = signatureName(line, true);
    if (name) return [{ field: 'authors', value: [{ name }], source: 'byline', from: 'page-text' }];
  }
  let seen = 0;
  for (let el = box.lastElementChild; el && seen < LAST_LINES; el = el.previousElementSibling) {
    const line = text(el);
    if (!line) continue;
    seen++;
    if (inChrome(el, holders) || el.localName === 'h1') continue;
    const name = signatureName(line, allBold(el)) || firstLineSignature(el) || creditSentence(line);
    if (name) return [{ field: 'authors', value: [{ name }], source: 'byline', from: 'page-text' }];
  }
  return [];
}
