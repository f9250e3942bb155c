// A "read also" line in any language: a short label, then one link to another of the outlet's own
// stories, and nothing else ("Leé también: <a>…</a>", "Прочитајте још: <a>…</a>", "<strong>BASAHIN
// DIN:</strong> <a>…</a>"). The shape is what marks it, not the label's words: a label is a few words
// set apart by a colon, an arrow or bold type, and the link's text is a headline on the outlet's own site.
import type { Block } from './types';
import { collapse } from './text';
import { ownPath } from './outlet-voice';

/** Most a label takes: "Read also", "Lees ook", "À lire aussi sur le même sujet". */
const LABEL_WORDS = 5;
/** What sets a label off from the headline after it. */
const LABEL_END = /[:：»›>|–—•▶►→]$/u;
/** A headline: four words, or twenty characters where words are not spaced. */
const HEADLINE_WORDS = 4;
const HEADLINE_CHARS = 20;
/** The longest such line (label and a long headline). */
const MAX_LINE = 260;

/** A link to one of the outlet's own pages: relative, or on its host. */
function ownHref(href: string, host: string | undefined): string | null {
  if (!href || href.startsWith('#') || href.startsWith('//')) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) return href.startsWith('/') ? href : '/' + href;
  return ownPath(href, host);
}

/** A story's address, not a section's: a numbered id or a slug of several words. */
const storyPath = (path: string): boolean =>
  /\d{3,}/.test(path) || path.split(/[/?#&=]/).some((seg) => (seg.match(/[-_]/g)?.length ?? 0) >= 2);

/** The label is set in bold of its own (a <b> or <strong> holding all of it). */
function boldLabel(el: Element, label: string): boolean {
  for (const b of Array.from(el.querySelectorAll('b, strong'))) {
    if (b.querySelector('a')) continue;
    if (collapse(b.textContent ?? '') === label) return true;
  }
  return false;
}

/** Whether the block is a label and one link to another of the outlet's stories, and nothing else. */
export function labelledLink(b: Block): boolean {
  if (b.linkCount !== 1 || b.formish || b.len > MAX_LINE * b.weight) return false;
  const a = b.el.getElementsByTagName('a')[0];
  if (!a || a.querySelector('img, picture, video')) return false;
  const own = ownHref(a.getAttribute('href') ?? '', b.host);
  if (own === null || own === '/' || !storyPath(own)) return false;
  const whole = collapse(b.el.textContent ?? '');
  const link = collapse(a.textContent ?? '');
  // The link ends the line (a closing quote may follow it, no full stop: that ends a sentence) and
  // says a headline, which opens on a capital where the script has them.
  const at = whole.lastIndexOf(link);
  if (!link || at < 0 || !/^[\s»”"')\]]{0,3}$/u.test(whole.slice(at + link.length)) || /^\p{Ll}/u.test(link)) return false;
  if (link.split(' ').length < HEADLINE_WORDS && [...link].length < HEADLINE_CHARS) return false;
  const label = whole.slice(0, at).trim();
  if (!label || label.split(' ').length > LABEL_WORDS || /[.!?。]$/u.test(label)) return false;
  return LABEL_END.test(label) || boldLabel(b.el, label);
}
