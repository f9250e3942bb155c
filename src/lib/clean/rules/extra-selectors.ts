// The reader's own per-site selectors (options page). The engine turns CleanOptions.extraSelectors
// into this rule's selectors at run time; the file exists so the rule can be listed and switched off.
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'extra-selectors',
  description: 'Blocks matching the extra CSS selectors you set for a site',
};
