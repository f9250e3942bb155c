// CSL-JSON: the item array, pretty-printed. JSON escapes quotes/backslashes/controls itself;
// toCslItem already removed controls and bidi overrides from every value.
import type { Metadata } from '../types';
import { toCslItem } from './csl-item';

export function toCslJson(meta: Metadata): string {
  return JSON.stringify([toCslItem(meta)], null, 2);
}
