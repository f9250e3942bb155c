// Table-driven: every fixture under test/fixtures/clean goes through the whole pipeline
// (extractArticle) and must keep every mustKeep, drop every mustDrop, and credit the expected rules.
import { describe, expect, it } from 'vitest';
import { fixtureSlugs, loadFixture, norm, runPipeline } from './helpers';

describe('clean fixtures through extractArticle', () => {
  for (const slug of fixtureSlugs()) {
    it(slug, () => {
      const { html, expected } = loadFixture(slug);
      const { text, removed } = runPipeline(html, expected.url);
      const missing = expected.mustKeep.filter((s) => !text.includes(norm(s)));
      const leaked = expected.mustDrop.filter((s) => text.includes(norm(s)));
      expect({ missing, leaked }).toEqual({ missing: [], leaked: [] });
      const rules = new Set(removed.map((r) => r.rule));
      for (const r of expected.rulesRemoved ?? []) expect([...rules], `rule ${r}`).toContain(r);
    });
  }
});
