// The style names the CLI accepts (CONTRACT.md). Listed here rather than read from the citation
// module so that `extract` never loads citeproc and the CSL styles; a test keeps both in step.
import type { StyleId } from '../lib/citation';

export const STYLE_IDS: readonly StyleId[] = ['apa', 'mla', 'chicago-author-date', 'chicago-note', 'harvard', 'ieee', 'vancouver', 'bibtex', 'ris', 'csl-json', 'wikipedia'];
