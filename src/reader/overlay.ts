// Builds the reader overlay: <lectern-reader> with an open shadow root (CONTRACT.md) holding the
// toolbar and the sanitized article with its header. Page text only ever lands via textContent or
// the sanitizer's fragment.
import { t, uiLanguage } from '../platform/i18n';
import { holdImages, showHeldImages } from '../lib/image-holds';
import { createArticleSanitizer } from '../lib/sanitize';
import type { Article } from '../lib/types';
import type { Settings } from '../platform/storage';
import { authorNames, formatDate, hostOf, readingMinutes } from './format';
import { pageImages } from './page-images';
import { READER_CSS, adoptStyles } from './styles';
import { applyTypography, buildToolbar } from './toolbar';

export interface Overlay { host: HTMLElement; shadow: ShadowRoot; focusTarget: HTMLElement }

const HOST_STYLE: ReadonlyArray<[string, string]> = [
  ['all', 'initial'], ['position', 'fixed'], ['inset', '0'], ['z-index', '2147483647'], ['display', 'block'],
  ['width', '100vw'], ['height', '100vh'], ['margin', '0'], ['padding', '0'], ['border', '0'], ['transform', 'none'],
  ['filter', 'none'], ['opacity', '1'], ['visibility', 'visible'], ['contain', 'strict'],
];

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function header(doc: Document, article: Article, pageTitle: string): HTMLElement {
  const m = article.metadata;
  const locale = uiLanguage();
  const head = el(doc, 'header');
  head.append(el(doc, 'h1', m.title || pageTitle));
  const names = authorNames(m.authors);
  if (names) head.append(el(doc, 'p', t('headerBy', names), 'byline'));
  const bits = [m.siteName ? `${m.siteName} (${hostOf(article.url)})` : hostOf(article.url)];
  if (m.published) bits.push(t('headerPublished', formatDate(m.published, locale)));
  if (m.modified && m.modified !== m.published) bits.push(t('headerUpdated', formatDate(m.modified, locale)));
  const minutes = readingMinutes(article.wordCount, m.lang);
  if (minutes) bits.push(t('headerReadingTime', String(minutes)));
  head.append(el(doc, 'p', bits.filter(Boolean).join(' · '), 'meta'));
  for (const p of head.querySelectorAll('h1, p')) p.setAttribute('dir', 'auto');
  return head;
}

function showImagesBar(doc: Document, content: HTMLElement, signal: AbortSignal): HTMLElement {
  const bar = el(doc, 'p', undefined, 'images-held');
  const button = el(doc, 'button', t('showImages'));
  button.type = 'button';
  button.dataset.testid = 'show-images';
  button.addEventListener('click', () => {
    showHeldImages(content);
    bar.remove();
  }, { once: true, signal });
  bar.append(el(doc, 'span', t('imagesHeld')), button);
  return bar;
}

export function buildOverlay(doc: Document, article: Article, settings: Settings, onClose: () => void, signal: AbortSignal): Overlay {
  const host = doc.createElement('lectern-reader');
  for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  if (!adoptStyles(shadow, READER_CSS)) {
    const style = doc.createElement('style');
    style.textContent = READER_CSS;
    shadow.append(style);
  }
  const reader = el(doc, 'div', undefined, 'reader');
  reader.setAttribute('role', 'dialog');
  reader.setAttribute('aria-modal', 'true');
  reader.setAttribute('aria-label', t('readerLabel'));
  reader.lang = uiLanguage();
  applyTypography(reader, settings);
  const scroll = el(doc, 'div', undefined, 'scroll');
  scroll.tabIndex = -1;
  const body = el(doc, 'article');
  body.dataset.testid = 'reader-article';
  if (article.metadata.lang) body.lang = article.metadata.lang;
  body.dir = article.dir ?? 'auto';
  const content = el(doc, 'div', undefined, 'content');
  let imagesBar: HTMLElement | undefined;
  if (article.html) {
    // The images the page already shows come back as they are; the others wait for "Show images".
    const opts = { remoteImages: settings.remoteImages, pageImages: pageImages(doc), holdImages: true };
    const frag = createArticleSanitizer(doc.defaultView ?? window).toFragment(article.html, opts);
    if (holdImages(frag, { image: t('imagePlaceholder') }) > 0) imagesBar = showImagesBar(doc, content, signal);
    content.append(frag);
  } else content.append(el(doc, 'p', t('readerNoArticle'), 'empty'));
  body.append(header(doc, article, doc.title), content);
  // Outside the article, whose text is the article's alone (CONTRACT.md reader-article).
  scroll.append(...(imagesBar ? [imagesBar] : []), body);
  reader.append(buildToolbar(doc, reader, settings, onClose, signal), scroll);
  shadow.append(reader);
  return { host, shadow, focusTarget: scroll };
}
