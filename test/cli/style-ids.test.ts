import { expect, it } from 'vitest';
import { STYLE_IDS } from '../../src/cli/style-ids';
import { STYLES } from '../../src/lib/citation';

it('the CLI accepts exactly the styles the citation module renders', () => {
  expect([...STYLE_IDS].sort()).toEqual(STYLES.map((s) => s.id).sort());
});
