// Public API of the cleaner (used by lib/extract): a pre-Readability pass over the cloned page and a
// post-Readability pass over the extracted article. Both mutate what they are given and return the
// removal report the popup shows (and can restore from).
import type { Removal } from '../types';
import type { Rule } from './types';
import { runPass, type PassOptions } from './engine';
import { ALL_RULES } from './registry';

/** The pass options (region, kept boxes, restore anchors, what the document pass kept) plus the rules'. */
export interface CleanOptions extends PassOptions {
  /** Rule ids switched off by the reader. */
  disabledRules?: readonly string[];
  /** Extra CSS selectors to strip (per-site option), reported as rule "extra-selectors". */
  extraSelectors?: readonly string[];
}

export interface RuleInfo { id: string; description: string }

/** Every rule, for the options page (switch off one by one). id = file name = option key. */
export const RULES: readonly RuleInfo[] = ALL_RULES.map((r) => ({ id: r.id, description: r.description }));

function activeRules(opts: CleanOptions | undefined): Rule[] {
  const off = new Set(opts?.disabledRules ?? []);
  const extra = (opts?.extraSelectors ?? []).filter((s) => typeof s === 'string' && s.trim() !== '').slice(0, 100);
  return ALL_RULES.filter((r) => !off.has(r.id)).map((r) =>
    r.id === 'extra-selectors' ? { ...r, selectors: extra } : r);
}

/** Pre-Readability pass over the CLONED page document (never the live page). Mutates doc. */
export function cleanDocument(doc: Document, opts?: CleanOptions): Removal[] {
  const root = doc.body;
  if (!root) return [];
  return runPass(root, activeRules(opts), 'document', opts);
}

/** Post-Readability pass over the extracted article root. Mutates root. */
export function cleanArticle(root: Element, opts?: CleanOptions): Removal[] {
  // The region belongs to the document pass: the article pass covers the whole article.
  // The outlet's names and host serve both passes: a box first read here speaks of the same outlet.
  const { anchors, kept, lang, failed, outlet, host } = opts ?? {};
  return runPass(root, activeRules(opts), 'article', { anchors, kept, lang, failed, outlet, host });
}
