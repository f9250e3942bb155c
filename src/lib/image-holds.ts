// Article images that are not loaded (remote images off, or a page image the page itself never
// fetched) become a quiet placeholder: a frame holding the alt text, styled as such, instead of a
// broken-image icon and an alt text that reads like a stray sentence at body size. One "Show images"
// control then loads them for this view only (showHeldImages), the user's explicit choice.
// Pure DOM: the renderer (popup, reader) passes the sanitized fragment it is about to show.

/** The sanitizer's attribute for an image URL it checked but did not load (sanitize.ts HELD_ATTR). */
export const HELD_ATTR = 'data-held-src';
export const HOLD_CLASS = 'img-held';

export interface HoldLabels {
  /** Shown in a frame whose image has no alt text, or whose alt text repeats its caption. */
  image: string;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function captionOf(img: Element): string {
  const figure = img.closest('figure');
  return squash(figure?.querySelector('figcaption')?.textContent ?? '');
}

/**
 * Wrap every image without a src in a placeholder frame. Returns how many of them can be shown
 * (they carry a checked URL); images with no usable URL stay placeholders for good.
 */
export function holdImages(root: ParentNode, labels: HoldLabels): number {
  let loadable = 0;
  for (const img of Array.from(root.querySelectorAll('img:not([src])'))) {
    if (img.parentElement?.classList.contains(HOLD_CLASS)) continue;
    const doc = img.ownerDocument;
    const frame = doc.createElement('span');
    frame.className = HOLD_CLASS;
    const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    const text = doc.createElement('span');
    text.className = 'img-alt';
    // The alt text is the image's stand-in; a caption below already says what it shows.
    const repeatsCaption = alt !== '' && captionOf(img).includes(squash(alt));
    text.textContent = alt && !repeatsCaption ? alt : labels.image;
    if (alt && !repeatsCaption) frame.setAttribute('role', 'img');
    if (alt) frame.setAttribute('aria-label', alt);
    else text.setAttribute('aria-hidden', 'true');
    img.replaceWith(frame);
    frame.append(img, text);
    if (img.hasAttribute(HELD_ATTR)) loadable++;
  }
  return loadable;
}

/** Load the held images of this view (the user asked): each frame gives way to its image. */
export function showHeldImages(root: ParentNode): number {
  let shown = 0;
  for (const frame of Array.from(root.querySelectorAll(`.${HOLD_CLASS}`))) {
    const img = frame.querySelector(`img[${HELD_ATTR}]`);
    if (!img) continue;
    img.setAttribute('src', img.getAttribute(HELD_ATTR) ?? '');
    img.removeAttribute(HELD_ATTR);
    frame.replaceWith(img);
    shown++;
  }
  return shown;
}
