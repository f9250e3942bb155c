// The clean article in the popup: sanitized DOM only (lib/sanitize), images only when the reader
// allowed remote images, direction and language from the page.
import { blockContainer } from '../lib/clean/positions';
import { createArticleSanitizer } from '../lib/sanitize';
import type { Article, Removal } from '../lib/types';
import { t } from '../platform/i18n';
import { byTestId } from './state';

let remoteImages = false;

export function renderArticle(article: Article, allowImages: boolean): void {
  remoteImages = allowImages;
  const box = byTestId('article');
  if (article.metadata.lang) box.lang = article.metadata.lang;
  box.dir = article.dir ?? 'auto';
  box.replaceChildren(createArticleSanitizer(window).toFragment(article.html, { remoteImages }));
}

/** Put a removed block back where it stood (sanitized, marked as restored); returns the node. */
export function restoreBlock(removal: Removal): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'restored';
  wrapper.dataset.rule = removal.rule;
  wrapper.title = t('removedRestoredHint', removal.rule);
  if (removal.html) wrapper.append(createArticleSanitizer(window).toFragment(removal.html, { remoteImages }));
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
