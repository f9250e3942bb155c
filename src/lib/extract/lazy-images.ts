// Image recovery in the clone, before Readability (which drops or keeps lazy-load placeholders), and
// the removal of names that make elements named properties of Document (SECURITY.md F8).

const LAZY_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-actualsrc', 'data-lazy'] as const;

export function isPlaceholderSrc(src: string): boolean {
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

/** data-src & co. (then data-srcset's first candidate) → src, when src is missing or a placeholder. */
export function promoteLazyImage(img: Element): boolean {
  if (!isPlaceholderSrc((img.getAttribute('src') ?? '').trim())) return false;
  let real = '';
  for (const name of LAZY_ATTRS) {
    const value = (img.getAttribute(name) ?? '').trim();
    if (value && !value.startsWith('data:')) {
      real = value;
      break;
    }
  }
  if (!real) real = firstCandidate(img.getAttribute('data-srcset') ?? '');
  if (!real) return false;
  img.setAttribute('src', real);
  return true;
}

/** form/img names and img ids become Document named properties: drop them in the clone. */
export function defuseNames(el: Element): void {
  el.removeAttribute('name');
  if (el.localName === 'img') el.removeAttribute('id');
}

/**
 * <img placeholder><noscript><img real></noscript> → the real image in place of the placeholder.
 * Readability does this for some shapes; doing it first keeps figures intact. A noscript whose
 * content is text (cloned from a live page with scripting on) is left for Readability to unwrap.
 */
export function unwrapNoscriptImage(ns: Element): void {
  const real = ns.querySelector('img');
  const prev = ns.previousElementSibling;
  if (!real || !(real.getAttribute('src') ?? '').trim()) return;
  if (!prev || prev.localName !== 'img' || !isPlaceholderSrc((prev.getAttribute('src') ?? '').trim())) return;
  defuseNames(real);
  prev.replaceWith(real);
  ns.remove();
}
