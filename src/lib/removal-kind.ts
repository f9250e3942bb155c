// What a removed block was, when its rule's name does not say it: a byline or date row that a share
// bar, the site-chrome rule or a trailing label took with it ("Publié le 18 novembre 2017 - 17:22",
// "By Mara Ellison · Share"). The Removed panel shows it beside the rule's name, so a reader who wonders
// where the byline went finds it under the rule that took it, labelled as what it was (issue 18).
import { DATE_TEXT } from './date-line';
import type { Removal } from './types';

export type RemovalKind = 'byline';

/** Rules whose blocks name people or print dates for other reasons: their own name says what it was. */
const SELF_DESCRIBED = new Set(['author-bio', 'related-links', 'photo-credit', 'comment-prompt']);
const MAX_LINE = 160;

export function removalKind(r: Removal, authorNames: readonly string[]): RemovalKind | undefined {
  if (SELF_DESCRIBED.has(r.rule) || r.text.length > MAX_LINE) return undefined;
  const text = r.text.toLowerCase();
  if (authorNames.some((name) => name.length >= 4 && text.includes(name.toLowerCase()))) return 'byline';
  return DATE_TEXT.test(r.text) ? 'byline' : undefined;
}
