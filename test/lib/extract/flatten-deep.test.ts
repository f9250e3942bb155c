import { describe, expect, it } from 'vitest';
import { DEPTH_CAP, flattenDeep, maxDepth } from '../../../src/lib/extract/flatten-deep';

function nested(doc: Document, depth: number, text: string): Element {
  const root = doc.createElement('div');
  let at: Element = root;
  for (let i = 1; i < depth; i++) {
    const child = doc.createElement(i % 7 === 0 ? 'section' : 'div');
    at.append(child);
    at = child;
  }
  const p = doc.createElement('p');
  p.textContent = text;
  at.append(p);
  return root;
}

describe('flattenDeep', () => {
  it('measures depth without recursion, even 3,000 levels deep', () => {
    expect(maxDepth(nested(document, 3_000, 'x'))).toBe(3_001);
  });

  it('unwraps wrappers below the cap and keeps every word', () => {
    const root = nested(document, 2_000, 'Still here after two thousand levels.');
    const removed = flattenDeep(root);
    expect(removed).toBeGreaterThan(1_900);
    expect(maxDepth(root)).toBeLessThanOrEqual(DEPTH_CAP + 1);
    expect(root.textContent).toBe('Still here after two thousand levels.');
  });

  it('leaves ordinary pages alone', () => {
    const root = nested(document, 30, 'Shallow.');
    expect(flattenDeep(root)).toBe(0);
    expect(maxDepth(root)).toBe(31);
  });
});
