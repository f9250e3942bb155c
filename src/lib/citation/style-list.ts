// The citation styles: ids (CONTRACT.md), labels, and the vendored CSL file of each. Its own
// module so that the options page (labels) and the code deciding which locale files to load (the
// worker, the popup before the citation code arrives) carry no citeproc.
export type StyleId =
  | 'apa'
  | 'mla'
  | 'chicago-author-date'
  | 'chicago-note'
  | 'harvard'
  | 'ieee'
  | 'vancouver'
  | 'bibtex'
  | 'ris'
  | 'csl-json'
  | 'wikipedia';

export const STYLES: readonly { id: StyleId; label: string; kind: 'csl' | 'data' }[] = [
  { id: 'apa', label: 'APA 7th edition', kind: 'csl' },
  { id: 'mla', label: 'MLA 9th edition', kind: 'csl' },
  { id: 'chicago-author-date', label: 'Chicago 17th (author-date)', kind: 'csl' },
  { id: 'chicago-note', label: 'Chicago 17th (notes and bibliography)', kind: 'csl' },
  { id: 'harvard', label: 'Harvard (Cite Them Right)', kind: 'csl' },
  { id: 'ieee', label: 'IEEE', kind: 'csl' },
  { id: 'vancouver', label: 'Vancouver', kind: 'csl' },
  { id: 'bibtex', label: 'BibTeX', kind: 'data' },
  { id: 'ris', label: 'RIS', kind: 'data' },
  { id: 'csl-json', label: 'CSL-JSON', kind: 'data' },
  { id: 'wikipedia', label: 'Wikipedia {{cite}}', kind: 'data' },
];

export function isStyleId(s: string): s is StyleId {
  return STYLES.some((st) => st.id === s);
}

/** Style id → vendored CSL file (styles/<file>.csl). */
export const CSL_FILE: Readonly<Partial<Record<StyleId, string>>> = {
  apa: 'apa',
  mla: 'modern-language-association',
  'chicago-author-date': 'chicago-author-date',
  'chicago-note': 'chicago-fullnote-bibliography',
  harvard: 'harvard-cite-them-right',
  ieee: 'ieee',
  vancouver: 'vancouver',
};
