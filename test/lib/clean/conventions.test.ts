// Conventions of the cleaner: one file per rule, file name = id, every rule registered and listed in
// RULES, every selector parses, no phrase compiles to something that matches everything, and every
// rule is exercised by at least one fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/clean';
import { ALL_RULES } from '../../../src/lib/clean/registry';
import type { Rule } from '../../../src/lib/clean/types';
import { fixtureSlugs, loadFixture } from './helpers';

const RULES_DIR = resolve(import.meta.dirname, '../../../src/lib/clean/rules');
const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).sort();

describe('clean conventions', () => {
  it('every rule file is registered, exports its rule, and is named after its id', async () => {
    expect(ALL_RULES.length).toBe(files.length);
    for (const f of files) {
      const mod = (await import(`../../../src/lib/clean/rules/${basename(f, '.ts')}.ts`)) as { rule: Rule };
      expect(mod.rule.id).toBe(basename(f, '.ts'));
      expect(ALL_RULES).toContain(mod.rule);
      expect(RULES.map((r) => r.id)).toContain(mod.rule.id);
      expect(mod.rule.description.length).toBeGreaterThan(10);
    }
  });

  it('keeps the rule ids CONTRACT.md relies on', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toContain('donation-appeal');
    expect(ids).toContain('newsletter-signup');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('class-word hint lists hold only what hints can hold: a-z, 0-9 and spaces (block.ts ownHints)', () => {
    // Read from the source: the lists are private to each rule. 'btn-don' could never match.
    for (const f of files) {
      const src = readFileSync(resolve(RULES_DIR, f), 'utf8');
      for (const [, name, body] of src.matchAll(/const (\w*HINT\w*|SIDEBAR)\s*=\s*\[([^\]]*)\]/g)) {
        for (const [, word] of (body ?? '').matchAll(/'([^']*)'/g)) expect(word, `${f} ${name}`).toMatch(/^[a-z0-9 ]+$/);
      }
    }
  });

  it('every selector parses', () => {
    const div = document.createElement('div');
    for (const rule of ALL_RULES) for (const sel of rule.selectors ?? []) {
      expect(() => div.querySelector(sel), `${rule.id}: ${sel}`).not.toThrow();
    }
  });

  it('no compiled phrase is blank (it would match every block)', async () => {
    for (const f of files) {
      const mod = (await import(`../../../src/lib/clean/rules/${basename(f, '.ts')}.ts`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!Array.isArray(value)) continue;
        for (const p of value as string[]) expect(p.trim().length, `${f} ${name}: "${p}"`).toBeGreaterThan(0);
      }
    }
  });

  it('every rule is exercised by a fixture (extra-selectors: by its unit test, it needs options)', () => {
    const exercised = new Set(fixtureSlugs().flatMap((s) => loadFixture(s).expected.rulesRemoved ?? []));
    for (const rule of ALL_RULES) {
      if (rule.id === 'extra-selectors') continue;
      expect(exercised.has(rule.id), `no fixture lists ${rule.id} in rulesRemoved`).toBe(true);
    }
  });

  it('fixtures cover at least 30 pages in 7 languages', () => {
    const langs = new Set(fixtureSlugs().map((s) => loadFixture(s).expected.lang));
    expect(fixtureSlugs().length).toBeGreaterThanOrEqual(30);
    expect(langs.size).toBeGreaterThanOrEqual(7);
  });
});
