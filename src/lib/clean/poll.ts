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
  if (b.tag === 'p' || b.len > POLL_MAX * b.weight || b.longParas > 0 || b.textarea || !QUESTION_MARK.test(b.text)) return false;
  const radios = b.el.querySelectorAll('input[type="radio"]').length;
  if (radios >= 2) return true;
  // Answers as buttons, one per list item.
  let answers = 0;
  for (const li of Array.from(b.el.getElementsByTagName('li'))) {
    const buttons = li.getElementsByTagName('button');
    if (buttons.length === 1 && (li.textContent ?? '').trim().length <= ANSWER_MAX) answers++;
  }
  return answers >= 2;
}
