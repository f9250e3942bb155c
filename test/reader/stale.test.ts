// src/reader/stale.ts: overlays left by an older copy of Lectern (R5) are found, removed, and the
// page styles they saved are put back; forged or broken records restore nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { closeStaleReaders, markRestore, staleReaders } from '../../src/reader/stale';

function lockedPage(html: string | null, body: string | null): Element {
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  if (html !== null) document.documentElement.setAttribute('style', html);
  if (body !== null) document.body.setAttribute('style', body);
  const host = document.createElement('lectern-reader');
  markRestore(host, html, body);
  document.documentElement.append(host);
  document.documentElement.style.setProperty('overflow', 'hidden', 'important');
  document.body.style.setProperty('overflow', 'hidden', 'important');
  return host;
}

describe('stale reader overlays', () => {
  beforeEach(() => {
    for (const el of document.querySelectorAll('lectern-reader')) el.remove();
  });

  it('removes an old overlay and restores absent style attributes', () => {
    lockedPage(null, null);
    expect(staleReaders(document, null)).toHaveLength(1);
    expect(closeStaleReaders(document, null)).toBe(1);
    expect(document.querySelector('lectern-reader')).toBeNull();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(document.body.hasAttribute('style')).toBe(false);
  });

  it('restores the page’s own inline styles exactly', () => {
    lockedPage('color: red;', 'margin: 0px; background: white;');
    closeStaleReaders(document, null);
    expect(document.documentElement.getAttribute('style')).toBe('color: red;');
    expect(document.body.getAttribute('style')).toBe('margin: 0px; background: white;');
  });

  it('leaves the live overlay of this copy alone', () => {
    const own = lockedPage(null, null);
    expect(staleReaders(document, own)).toEqual([]);
    expect(closeStaleReaders(document, own)).toBe(0);
    expect(own.isConnected).toBe(true);
  });

  it.each(['', '{', '[1]', '{"html": 5, "body": null}', 'null'])('a broken record (%j) removes the overlay and restores nothing', (record) => {
    const host = lockedPage('color: red;', null);
    host.setAttribute('data-lectern-restore', record);
    expect(closeStaleReaders(document, null)).toBe(1);
    expect(document.documentElement.getAttribute('style')).toContain('overflow');
  });
});

describe('stale reader overlays after an update (background injection)', () => {
  beforeEach(() => {
    for (const el of document.querySelectorAll('lectern-reader')) el.remove();
  });

  it('records the build that made the overlay', () => {
    const host = lockedPage(null, null);
    expect(JSON.parse(host.getAttribute('data-lectern-restore') ?? '')).toEqual({ html: null, body: null, build: 'dev' });
  });

  it('runs from its source text alone, on the page’s own document (as executeScript sends it)', () => {
    lockedPage('color: red;', null);
    // What executeScript does with `func`: only the source text reaches the page.
    const copy = new Function(`return (${closeStaleReaders.toString()})`)() as typeof closeStaleReaders;
    expect(copy(null, null, 'new-build')).toBe(1);
    expect(document.querySelector('lectern-reader')).toBeNull();
    expect(document.documentElement.getAttribute('style')).toBe('color: red;');
    expect(document.body.hasAttribute('style')).toBe(false);
  });

  it('keeps a reader of the current build (and the page locked under it); removes the old one', () => {
    const old = lockedPage(null, null);
    old.setAttribute('data-lectern-restore', JSON.stringify({ html: null, body: null, build: 'old' }));
    const current = document.createElement('lectern-reader');
    markRestore(current, null, null);
    document.documentElement.append(current);
    expect(closeStaleReaders(null, null, 'dev')).toBe(1);
    expect(old.isConnected).toBe(false);
    expect(current.isConnected).toBe(true);
    expect(document.documentElement.getAttribute('style')).toContain('overflow');
  });

  it('treats an overlay without a build (Lectern before this record) or a forged one as old', () => {
    const host = lockedPage('margin: 0px;', null);
    host.setAttribute('data-lectern-restore', JSON.stringify({ html: 'margin: 0px;', body: null }));
    expect(closeStaleReaders(null, null, 'dev')).toBe(1);
    expect(document.documentElement.getAttribute('style')).toBe('margin: 0px;');
  });
});
