import { describe, expect, it } from 'vitest';
import { HEAD, fullNames, mentions, outletNames } from '../../../src/lib/clean/outlet-names';
import { ownPageElsewhere } from '../../../src/lib/clean/outlet-voice';
import { normalize } from '../../../src/lib/clean/text';

const says = (text: string, names: readonly string[]): boolean => mentions(normalize(text), names, text);

describe('outlet names: the head of a name of several words', () => {
  it('takes the words before a linking word, or the last word', () => {
    expect(outletNames({ siteName: 'Le Phare des Landes' })).toContain(HEAD + ' le phare ');
    expect(outletNames({ siteName: 'Valbrook Harrier' })).toContain(HEAD + ' harrier ');
  });
  it('keeps no head that is a common word of the press', () => {
    const names = outletNames({ siteName: 'Ostmark Zeitung' });
    expect(names.some((n) => n.startsWith(HEAD))).toBe(false);
  });
  it('counts a head only as a proper noun', () => {
    const names = outletNames({ siteName: 'Valbrook Harrier' });
    expect(says('Become a Harrier supporter today.', names)).toBe(true);
    expect(says('The harrier circled over the marsh.', names)).toBe(false);
    const fr = outletNames({ siteName: 'Le Phare des Landes' });
    expect(says('Si Le Phare existe encore, c’est grâce à vous.', fr)).toBe(true);
    expect(says('On voyait le phare depuis la plage.', fr)).toBe(false);
  });
  it('never lets a head name a link', () => {
    expect(fullNames(outletNames({ siteName: 'Valbrook Harrier' }))).not.toContain(HEAD + ' harrier ');
  });
});

describe('outlet names: spelled in words where the host runs them together', () => {
  it('reads words with marks as the host label', () => {
    const names = outletNames({ url: 'https://www.horackyplamen.cz/clanek/1' });
    expect(says('Horácký Plamen píšou lidé z regionu.', names)).toBe(true);
    expect(says('Horácký kraj slaví.', names)).toBe(false);
  });
  it('reads Cyrillic as the Latin host label', () => {
    const names = outletNames({ url: 'https://glasnadrine.rs/vesti/2' });
    expect(says('Глас на Дрине је независни портал.', names)).toBe(true);
  });
});

describe("the outlet's own page on another site", () => {
  const names = outletNames({ siteName: 'Horácký Plamen', url: 'https://www.horackyplamen.cz/clanek/1' });
  it('is a short path there that spells the name', () => {
    expect(ownPageElsewhere('https://www.givehub.example/horacky-plamen/', 'horackyplamen.cz', names)).toBe(true);
    expect(ownPageElsewhere('https://pay.example/horackyplamen', 'horackyplamen.cz', names)).toBe(true);
  });
  it('is not an article elsewhere, nor a page of the outlet itself', () => {
    expect(ownPageElsewhere('https://other.example/2024/05/horacky-plamen-award', 'horackyplamen.cz', names)).toBe(false);
    expect(ownPageElsewhere('https://www.horackyplamen.cz/podpora', 'horackyplamen.cz', names)).toBe(false);
  });
});
