// Clone preparation that must happen BEFORE Readability: recover lazy-loaded images (Readability
// drops or keeps placeholders) and defuse DOM clobbering of the cloned document (SECURITY.md F8).

const LAZY_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-actualsrc', 'data-lazy'] as const;

function isPlaceholder(src: string): boolean {
  return (
    !src ||
    src.startsWith('data:') ||
    src === 'about:blank' ||
    /(?:^|[/_.-])(?:blank|spacer|placeholder|pixel|transparent|lazy|loader|loading)[^/]*\.(?:gif|png|svg)$/i.test(src)
  );
}

function firstCandidate(srcset: string): string {
  return (srcset.split(',')[0] ?? '').trim().split(/\s+/)[0] ?? '';
}

/** Promote data-src & co. to src (and data-srcset's first candidate when nothing else). */
export function promoteLazyImages(root: ParentNode): number {
  let promoted = 0;
  const imgs = root.querySelectorAll(
    'img[data-src], img[data-original], img[data-lazy-src], img[data-actualsrc], img[data-lazy], img[data-srcset]',
  );
  for (const img of Array.from(imgs)) {
    if (!isPlaceholder((img.getAttribute('src') ?? '').trim())) continue;
    let real = '';
    for (const name of LAZY_ATTRS) {
      real = (img.getAttribute(name) ?? '').trim();
      if (real && !real.startsWith('data:')) break;
      real = '';
    }
    if (!real) real = firstCandidate(img.getAttribute('data-srcset') ?? '');
    if (real) {
      img.setAttribute('src', real);
      promoted++;
    }
  }
  return promoted;
}

/**
 * A placeholder <img> followed by <noscript><img …real…></noscript>: put the real image in place.
 * Readability does this too, but only for some shapes; doing it here keeps the figure intact.
 * In a live page with scripting on, noscript holds TEXT, so only element children are handled here.
 */
export function unwrapNoscriptImages(root: ParentNode): void {
  for (const ns of Array.from(root.querySelectorAll('noscript'))) {
    const real = ns.querySelector('img[src]');
    const prev = ns.previousElementSibling;
    if (!real || !prev || prev.localName !== 'img') continue;
    if (!isPlaceholder((prev.getAttribute('src') ?? '').trim())) continue;
    prev.replaceWith(real);
    ns.remove();
  }
}

/** Elements that become named properties of Document (HTML §named properties) lose the names. */
export function stripClobberingNames(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll('form[name], img[name], embed[name], object[name], iframe[name]'))) {
    el.removeAttribute('name');
  }
  for (const el of Array.from(root.querySelectorAll('img[id], object[id]'))) el.removeAttribute('id');
}
