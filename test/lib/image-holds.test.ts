// Images not loaded: placeholders instead of broken icons, one "Show images" for the view, and the
// in-page reader's exception for images the page itself already fetched (issue 18).
import { describe, expect, it } from 'vitest';
import { HELD_ATTR, holdImages, showHeldImages } from '../../src/lib/image-holds';
import { createArticleSanitizer } from '../../src/lib/sanitize';

const sanitizer = createArticleSanitizer(window);
const LABELS = { image: 'Image' };

function render(html: string, opts: Parameters<typeof sanitizer.toFragment>[1]): { root: HTMLDivElement; loadable: number } {
  const frag = sanitizer.toFragment(html, opts);
  const loadable = holdImages(frag, LABELS);
  const root = document.createElement('div');
  root.append(frag);
  return { root, loadable };
}

describe('sanitizer: which images keep their src', () => {
  it('remote images off: no src, the checked URL held for "Show images" (https and raster data only)', () => {
    const { root } = render('<p>a</p><img src="https://img.example/a.jpg" alt="Harbour"><img src="http://img.example/b.jpg" alt="B"><img src="javascript:alert(1)" alt="C">', { remoteImages: false, holdImages: true });
    const imgs = Array.from(root.querySelectorAll('img'));
    expect(imgs.map((i) => i.hasAttribute('src'))).toEqual([false, false, false]);
    expect(imgs.map((i) => i.getAttribute(HELD_ATTR))).toEqual(['https://img.example/a.jpg', null, null]);
  });

  it('without holdImages (CLI, clipboard) nothing is held', () => {
    const out = sanitizer.toHtml('<img src="https://img.example/a.jpg" alt="x">', { remoteImages: false });
    expect(out).not.toContain(HELD_ATTR);
    expect(out).not.toContain('src=');
  });

  it('an image the page already loaded keeps its URL (the one the page fetched), even over http', () => {
    const pageImages = new Map([['http://127.0.0.1:8080/a.jpg', 'http://127.0.0.1:8080/a-800.jpg']]);
    const { root, loadable } = render('<img src="http://127.0.0.1:8080/a.jpg" alt="A"><img src="https://cdn.example/b.jpg" alt="B">', { remoteImages: false, pageImages, holdImages: true });
    const imgs = Array.from(root.querySelectorAll('img'));
    expect(imgs[0]?.getAttribute('src')).toBe('http://127.0.0.1:8080/a-800.jpg');
    expect(imgs[1]?.hasAttribute('src')).toBe(false);
    expect(loadable).toBe(1);
  });

  it('a page image map never lets a script URL through', () => {
    const pageImages = new Map([['https://a.example/x.png', 'javascript:alert(1)']]);
    const { root } = render('<img src="https://a.example/x.png">', { remoteImages: false, pageImages });
    expect(root.querySelector('img')?.hasAttribute('src')).toBe(false);
  });
});

describe('holdImages / showHeldImages', () => {
  it('frames the image with its alt text, styled as such, not as a stray sentence', () => {
    const { root, loadable } = render('<p>Text.</p><figure><img src="https://img.example/a.jpg" alt="The harbour at dawn"><figcaption>Fishing boats return.</figcaption></figure>', { remoteImages: false, holdImages: true });
    expect(loadable).toBe(1);
    const frame = root.querySelector('.img-held');
    expect(frame?.getAttribute('role')).toBe('img');
    expect(frame?.getAttribute('aria-label')).toBe('The harbour at dawn');
    expect(frame?.querySelector('.img-alt')?.textContent).toBe('The harbour at dawn');
    expect(root.querySelector('figcaption')?.textContent).toBe('Fishing boats return.');
  });

  it('an alt text that repeats the caption, or none, shows the generic label', () => {
    const { root } = render('<figure><img src="https://img.example/a.jpg" alt="Fishing boats return"><figcaption>Fishing boats return.</figcaption></figure><img src="https://img.example/b.jpg">', { remoteImages: false, holdImages: true });
    expect(Array.from(root.querySelectorAll('.img-alt')).map((s) => s.textContent)).toEqual(['Image', 'Image']);
    expect(root.querySelectorAll('[role="img"]')).toHaveLength(0);
  });

  it('images already shown are left alone; framing twice adds no second frame', () => {
    const { root, loadable } = render('<img src="https://img.example/a.jpg" alt="x">', { remoteImages: true, holdImages: true });
    expect(loadable).toBe(0);
    expect(root.querySelector('.img-held')).toBeNull();
    const held = render('<img src="https://img.example/a.jpg" alt="x">', { remoteImages: false, holdImages: true }).root;
    expect(holdImages(held, LABELS)).toBe(0);
    expect(held.querySelectorAll('.img-held')).toHaveLength(1);
  });

  it('"Show images" puts each held image back with its URL; unusable ones stay framed', () => {
    const { root } = render('<p>a</p><img src="https://img.example/a.jpg" alt="A"><img src="ftp://x/y.png" alt="Y">', { remoteImages: false, holdImages: true });
    expect(showHeldImages(root)).toBe(1);
    const img = root.querySelector('img[src]');
    expect(img?.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img?.parentElement).toBe(root);
    expect(root.querySelectorAll('.img-held')).toHaveLength(1);
  });
});
