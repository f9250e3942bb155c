// Shapes shared by the engine and the rule files.

export type Pass = 'document' | 'article';

/** What the engine measured about one candidate block; rules only read this. */
export interface Block {
  el: Element;
  /** Lower-case tag name. */
  tag: string;
  pass: Pass;
  /** Visible text, whitespace-collapsed, capped at MAX_TEXT. */
  text: string;
  /** normalize(text): lower-case words, single spaces, padded. */
  norm: string;
  /** Text length (uncapped), each character counted `weight` times. */
  len: number;
  /** What one character counts for in len, size, total and before (3 in Chinese and Japanese, 2 in
   *  Korean, else 1: clean/density.ts). A length measured from text must be multiplied by it. */
  weight: number;
  /** Length of the text inside links. */
  linkLen: number;
  /** Lower-cased hrefs of the links inside (at most 40). */
  hrefs: readonly string[];
  /** Number of links inside. */
  linkCount: number;
  /** ' class and id words ' of the element itself, lower-cased, split on - _ and spaces. */
  hints: string;
  /** Same for the element's ancestors up to the pass root (capped), for "inside a sidebar" tests. */
  ancestorHints: string;
  /** Has an <input type=email> (or a text input named like mail) inside. */
  emailInput: boolean;
  /** Has a <form>, <button> or <input> inside (or is one). */
  formish: boolean;
  /** Has a <textarea> inside. */
  textarea: boolean;
  /** Number of <p> descendants with more than 80 characters. */
  longParas: number;
  /** Approximate text length from the engine's length table (same unit as total and before). */
  size: number;
  /** Text length of the whole pass root (body or article). */
  total: number;
  /** Text length before this block in document order within the pass root. */
  before: number;
  /** The outlet's own names as normalize() gives them (site name, publisher, host label): outlet-voice.ts. */
  outlet?: readonly string[];
  /** The page's host name without "www.", for links to the outlet's own pages written in full. */
  host?: string;
  /** The page's language, when known (first-plural-endings.ts). */
  lang?: string | undefined;
}

export interface Rule {
  /** = file name = option key. */
  id: string;
  description: string;
  /**
   * Selectors removed before Readability (document pass), each with a comment on where it was seen.
   * The engine's guard still applies: never the main text, never a large share of the page.
   */
  selectors?: readonly string[];
  /** Block classifier, called top-down on candidate blocks in both passes; true = remove. */
  test?(b: Block): boolean;
  /**
   * Asked instead of `test` in the article pass about a block the document pass already read and kept,
   * unchanged (same text length and element count): only what the finished article can change, such
   * as a link line that now closes the article. Rules without it are not asked again about such blocks.
   */
  reread?(b: Block): boolean;
}
