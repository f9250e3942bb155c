import { describe, expect, it } from 'vitest';
import { ABOVE, BESIDE, childPlace, INSIDE, insideRoots, outsideGate, rootPlace, type Place, type Scope } from '../../../src/lib/clean/region';
import { docFrom } from './helpers';

const doc = docFrom(`<body><div id="wrap"><header id="head"><h1>T</h1></header><aside id="side"><form><input type="email"></form><a href="/menu">Menu</a></aside>
  <main id="main"><p id="in">Text</p></main></div><footer id="foot"><a href="/donate">Donate</a></footer></body>`);
const $ = (id: string): Element => doc.getElementById(id) as Element;
const scope: Scope = { root: doc.body, region: $('main'), keepBeside: (el) => el.id === 'head' };

/** The place of any element under root, by the walk's steps from the root down. */
function placeOf(s: Scope, el: Element): Place {
  const chain: Element[] = [];
  for (let a: Element | null = el; a && a !== s.root; a = a.parentElement) chain.push(a);
  let place = rootPlace(s);
  for (let i = chain.length - 1; i >= 0 && place === ABOVE; i--) place = childPlace(s, place, chain[i] as Element);
  return place;
}

describe('region places', () => {
  it('path elements are above, the region and what is in it inside, kept boxes inside, the rest beside', () => {
    expect(rootPlace(scope)).toBe(ABOVE);
    expect(placeOf(scope, $('wrap'))).toBe(ABOVE);
    expect(placeOf(scope, $('main'))).toBe(INSIDE);
    expect(placeOf(scope, $('in'))).toBe(INSIDE);
    expect(placeOf(scope, $('head'))).toBe(INSIDE);
    expect(placeOf(scope, $('side'))).toBe(BESIDE);
    expect(placeOf(scope, $('foot').firstElementChild as Element)).toBe(BESIDE);
    expect(childPlace(scope, ABOVE, $('side'))).toBe(BESIDE);
  });

  it('lists the subtrees where every rule applies, in document order', () => {
    expect(insideRoots(scope)).toEqual([$('head'), $('main')]);
    expect(insideRoots({ root: doc.body, region: doc.body, keepBeside: () => false })).toEqual([doc.body]);
  });

  it('without a region everything is inside and nothing is gated', () => {
    const whole: Scope = { root: doc.body, region: doc.body, keepBeside: () => false };
    expect(placeOf(whole, $('side'))).toBe(INSIDE);
    expect(outsideGate(whole)).toBeNull();
  });

  it('gates only the ancestors of forms and donation/subscription/newsletter links beside the region', () => {
    const gate = outsideGate(scope) as Set<Element>;
    expect(gate.has($('side'))).toBe(true);
    expect(gate.has($('foot'))).toBe(true);
    expect(gate.has($('main'))).toBe(false);
    expect([...gate].some((el) => el.getAttribute('href') === '/menu')).toBe(false);
  });
});
