// A reader poll inside the article: a question and a few answers to tick or press, with a vote button
// or a vote count ("SONDA: Czy wpłacasz…? ○ Tak ○ Nie [Zagłosuj]", "ANKET: … [Evet] [Hayır]"). The
// shape is the widget's, in any language: answers are radio buttons or a list of buttons, and no
// paragraph of prose sits among them.
import type { Block } from './types';
import { QUESTION_MARK } from './signals';

/** The longest poll box, and the longest answer (an answer is a few words). */
const POLL_MAX = 700;
const ANSWER_MAX = 80;

export function readerPoll(b: Block): boolean {
  // One long paragraph may be the question itself ("Credeți că statul ar trebui să finanțeze…?").
  if (b.tag === 'p' || b.len > POLL_MAX * b.weight || b.longParas > 1 || b.textarea || !QUESTION_MARK.test(b.text)) return false;
  const radios = b.el.querySelectorAll('input[type="radio"]').length;
  if (radios >= 2) return true;
  // Answers as buttons, one per list item, or side by side ("[Sí, tenemos finca] [No, pero…]",
  // "Was this useful? [Yes] [No]").
  let answers = 0;
  let side = 0;
  for (const li of Array.from(b.el.getElementsByTagName('li'))) {
    const buttons = li.getElementsByTagName('button');
    if (buttons.length === 1 && (li.textContent ?? '').trim().length <= ANSWER_MAX) answers++;
  }
  for (const button of Array.from(b.el.getElementsByTagName('button'))) {
    if (!button.closest('li') && (button.textContent ?? '').trim().length <= ANSWER_MAX) side++;
  }
  return answers >= 2 || (side >= 2 && b.longParas === 0);
}

/** "Found a mistake? Select the text and press Ctrl+Enter": the error-report widget's key, in any language. */
const CTRL_ENTER = /\bctrl\s*\+\s*enter\b/i;
const REPORT_MAX = 300;

/** A short line asking the reader to report an error with the page's Ctrl+Enter widget. */
export function errorReportPrompt(b: Block): boolean {
  return b.len <= REPORT_MAX * b.weight && b.longParas <= 1 && CTRL_ENTER.test(b.text);
}
