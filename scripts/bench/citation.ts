// Citation rendering cost: the first render of each style (engine build: style XML parse + locale
// merge) and warm re-renders (the popup's style switch / re-copy), over the sample's metadata.
import { renderCitation, STYLES, type StyleId } from '../../src/lib/citation';
import { resetEngines } from '../../src/lib/citation/csl-render';
import type { Metadata } from '../../src/lib/types';

export interface CitationRun {
  /** ms of the first render per style, in STYLES order (the first one also pays citeproc's JIT). */
  first: Record<string, number>;
  /** Every warm render, all styles, all sample metadata. */
  warm: number[];
  /** Warm renders of the CSL (citeproc) styles only. */
  warmCsl: number[];
}

export function runCitations(metadata: readonly Metadata[]): CitationRun {
  const first: Record<string, number> = {};
  const warm: number[] = [];
  const warmCsl: number[] = [];
  if (!metadata.length) return { first, warm, warmCsl };
  resetEngines();
  const one = metadata[0] as Metadata;
  for (const style of STYLES) {
    const t = performance.now();
    renderCitation(one, style.id as StyleId);
    first[style.id] = performance.now() - t;
  }
  for (const style of STYLES) {
    for (const meta of metadata) {
      const t = performance.now();
      renderCitation(meta, style.id);
      const ms = performance.now() - t;
      warm.push(ms);
      if (style.kind === 'csl') warmCsl.push(ms);
    }
  }
  return { first, warm, warmCsl };
}
