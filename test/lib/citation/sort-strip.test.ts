// csl-render drops the styles' <sort> keys (a one-item bibliography cannot be reordered, and citeproc
// 2.4 makes APA's engine cost seconds to build because of them; issue 7). This proves the output is
// the same as citeproc's with the untouched official style, for every style and sample.
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { renderCitation, STYLES, toCslItem, type StyleId } from '../../../src/lib/citation';
import { LOCALE_XML, STYLE_XML } from '../../../src/lib/citation/styles/index';
import { SAMPLES } from './samples';

const FILES: Partial<Record<StyleId, string>> = {
  apa: 'apa', mla: 'modern-language-association', 'chicago-author-date': 'chicago-author-date',
  harvard: 'harvard-cite-them-right', ieee: 'ieee', vancouver: 'vancouver',
};

// One reference engine per style (building APA's with its <sort> costs seconds), items swapped by id.
const engines = new Map<string, { engine: InstanceType<typeof CSL.Engine>; items: Map<string, unknown> }>();
let counter = 0;

function reference(styleFile: string, item: Record<string, unknown>): string {
  let cached = engines.get(styleFile);
  if (!cached) {
    const items = new Map<string, unknown>();
    const sys = { retrieveLocale: (l: string): string | false => LOCALE_XML[l] ?? false, retrieveItem: (id: string): unknown => items.get(id) };
    cached = { engine: new CSL.Engine(sys, STYLE_XML[styleFile] as string), items };
    engines.set(styleFile, cached);
  }
  const id = `ref-${++counter}`;
  cached.items.clear();
  cached.items.set(id, { ...item, id });
  cached.engine.updateItems([id]);
  cached.engine.setOutputFormat('text');
  const out = cached.engine.makeBibliography();
  return out ? out[1].join('').replace(/\s+/g, ' ').trim() : '';
}

describe('CSL styles without <sort>', () => {
  for (const style of STYLES.filter((s) => FILES[s.id])) {
    it(`${style.id}: same text as the official style`, () => {
      for (const meta of Object.values(SAMPLES)) {
        expect(renderCitation(meta, style.id).text).toBe(reference(FILES[style.id] as string, toCslItem(meta) as unknown as Record<string, unknown>));
      }
    }, 60_000);
  }
});
