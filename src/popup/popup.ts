// Popup entry: find the tab, read its article (directly, not through the worker), then show it,
// the editable header, the citation and the Removed panel. States on <html data-state>:
// loading → ready | no-article | error (CONTRACT.md).
import browser from '../platform/browser';
import { confirmVerdict } from '../platform/badge';
import { localize } from '../platform/i18n';
import { loadArticle, type LoadProblem } from '../platform/page';
import { getSettings, siteOptions } from '../platform/storage';
import type { Metadata } from '../lib/types';
import { renderArticle } from './article';
import { initCitation, setCitationMeta } from './citation';
import { renderHeader } from './header';
import { SHORT_WORDS, domWaitMs, offerRetry, startProgress, timeoutMs } from './progress';
import { initReaderToggle } from './reader-toggle';
import { renderRemoved } from './removed';
import { $, setState, showProblem, targetTabId } from './state';

/** A citation from the tab alone, for pages we cannot or need not read (PDF, no article). */
function fallbackMeta(url: string | undefined, title: string | undefined): Metadata {
  return { title, url, authors: [], itemType: 'webpage', accessed: new Date().toISOString().slice(0, 10), provenance: { title: 'tab', url: 'tab' } };
}

/** Outcomes worth another try: the page may be done (or further along) in a moment. */
const RETRYABLE: ReadonlySet<LoadProblem> = new Set(['timeout', 'loading', 'failed', 'changed']);

async function main(): Promise<void> {
  performance.mark('lectern:start');
  localize(document);
  const progress = startProgress();
  $('#open-options').addEventListener('click', () => void browser.runtime.openOptionsPage().then(() => window.close()));
  const [tabId, settings] = await Promise.all([targetTabId(), getSettings()]);
  const loaded = await loadArticle(tabId, (url) => siteOptions(settings, url), { timeoutMs: timeoutMs(), domWaitMs: domWaitMs(), onStep: progress.step });
  progress.stop();
  performance.mark('lectern:extracted');
  if (!loaded.ok) {
    showProblem(loaded.problem, loaded.detail);
    if (RETRYABLE.has(loaded.problem)) offerRetry(tabId, 'problem');
    initReaderToggle(tabId, false);
    const meta = fallbackMeta(loaded.tab.url, loaded.tab.title);
    if (/^(https?|file):/.test(loaded.tab.url ?? '')) {
      renderHeader(meta, loaded.tab.url ?? '', 0, setCitationMeta);
      $('#meta').hidden = false;
      await initCitation(meta, settings);
    }
    setState('error');
    return;
  }
  const { article, tab } = loaded;
  const isArticle = article.readerable && article.html !== '';
  // The badge now says what the popup (and the CLI) found, not what the detector guessed.
  if (tab.url) void confirmVerdict(tabId, tab.url, article.isNewsArticle && isArticle).catch(() => undefined);
  if (!article.metadata.title && tab.title) article.metadata.title = tab.title;
  renderHeader(article.metadata, tab.url ?? article.url, article.wordCount, setCitationMeta);
  $('#meta').hidden = false;
  initReaderToggle(tabId, true);
  if (isArticle) {
    renderArticle(article, settings.remoteImages);
    performance.mark('lectern:article');
    await renderRemoved(article.removed, article.url, article.metadata.authors.map((a) => a.name));
    setState('ready');
  } else {
    showProblem('no-article');
    setState('no-article');
  }
  // A skeleton page whose paragraphs arrive later, or one read while still loading (R14).
  if (loaded.loading || !isArticle || article.wordCount < SHORT_WORDS) offerRetry(tabId, 'short');
  await initCitation(article.metadata, settings);
  performance.mark('lectern:citation');
}

main().catch((error: unknown) => {
  showProblem('failed', error instanceof Error ? error.message : String(error));
  setState('error');
});
