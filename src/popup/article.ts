// The clean article in the popup: sanitized DOM only (lib/sanitize), images only when the reader
// allowed remote images or asked with "Show images" (placeholders till then), direction and language
// from the page.
import { blockContainer } from '../lib/clean/positions';
import { holdImages, showHeldImages } from '../lib/image-holds';
import { createArticleSanitizer } from '../lib/sanitize';
import type { Article, Removal } from '../lib/types';
import { t } from '../platform/i18n';
import { $, byTestId } from './state';

let remoteImages = false;

/** Sanitized article HTML with its unloaded images framed; shows the "Show images" bar when one can load. */
function fragment(html: string): DocumentFragment {
  const frag = createArticleSanitizer(window).toFragment(html, { remoteImages, holdImages: true });
  if (holdImages(frag, { image: t('imagePlaceholder') }) > 0) $('#images-held').hidden = false;
  return frag;
}

export function renderArticle(article: Article, allowImages: boolean): void {
  remoteImages = allowImages;
  const box = byTestId('article');
  if (article.metadata.lang) box.lang = article.metadata.lang;
  box.dir = article.dir ?? 'auto';
  box.replaceChildren(fragment(article.html));
  byTestId('show-images').addEventListener('click', () => {
    // For this view only: the option in the settings is the lasting choice.
    remoteImages = true;
    showHeldImages(box);
    $('#images-held').hidden = true;
  }, { once: true });
}

/** Put a removed block back where it stood (sanitized, marked as restored); returns the node. */
export function restoreBlock(removal: Removal): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'restored';
  wrapper.dataset.rule = removal.rule;
  wrapper.title = t('removedRestoredHint', removal.rule);
  if (removal.html) wrapper.append(fragment(removal.html));
  else {
    const p = document.createElement('p');
    p.textContent = removal.text;
    wrapper.append(p);
  }
  const container = blockContainer(byTestId('article'));
  // Positions count the original blocks: blocks restored earlier do not shift them.
  const blocks = Array.from(container.children).filter((c) => !c.classList.contains('restored'));
  const before = removal.position !== undefined ? blocks[removal.position] : undefined;
  if (before) before.before(wrapper);
  else container.append(wrapper);
  return wrapper;
}
