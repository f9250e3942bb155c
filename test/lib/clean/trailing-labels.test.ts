import { describe, expect, it } from 'vitest';
import { dropTrailingLabels } from '../../../src/lib/clean/trailing-labels';

function article(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  const root = doc.createElement('div');
  root.innerHTML = html; // test fixture written here, never page input
  doc.body.append(root);
  return root;
}

const STORY = '<p>The bridge reopened on Saturday after two years of repairs, and the first buses crossed it at dawn.</p>';

describe('dropTrailingLabels', () => {
  it('removes a label left at the end of the article, in any language, and a label over a label', () => {
    for (const label of ['<p>Lesen Sie auch:</p>', '<h3>Lue seuraavaksi:</h3>', '<div><strong>Seguir leyendo:</strong></div>',
      '<p>Read more:</p><p><em>Related:</em></p>', '<p><b><i>Das Video zeigt die Eröffnung:</i></b></p>']) {
      const root = article(STORY + label);
      const removed = dropTrailingLabels(root);
      expect(removed.length, label).toBeGreaterThan(0);
      expect(removed.every((r) => r.rule === 'site-chrome')).toBe(true);
      expect(root.textContent).toBe('The bridge reopened on Saturday after two years of repairs, and the first buses crossed it at dawn.');
    }
  });

  it('keeps a label that still introduces something, and a long sentence ending with a colon', () => {
    for (const html of [
      STORY + '<p>The council listed three reasons:</p><ul><li>traffic</li><li>cost</li><li>safety</li></ul>',
      STORY + '<p>The mayor, who had campaigned on the repairs for years and attended the opening with her family, summed up the mood in one sentence at the end:</p>',
      STORY,
    ]) {
      const root = article(html);
      expect(dropTrailingLabels(root), html).toEqual([]);
    }
  });

  it('never removes the article root itself', () => {
    const root = article('Read more:');
    expect(dropTrailingLabels(root)).toEqual([]);
    expect(root.textContent).toBe('Read more:');
  });
});
