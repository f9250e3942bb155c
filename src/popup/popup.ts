// Foundation popup: extract the tab's article and show it sanitized. The full experience (issue 5)
// replaces this file.
import browser from '../platform/browser';
import { extractFromTab } from '../platform/page';
import { createArticleSanitizer } from '../lib/sanitize';

async function targetTabId(): Promise<number> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab');
  return tab.id;
}

function byTestId(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`missing ${id}`);
  return el;
}

async function main(): Promise<void> {
  const result = await extractFromTab(await targetTabId());
  if ('error' in result) throw new Error(result.error);
  const a = result.ok;
  byTestId('title').textContent = a.metadata.title ?? '';
  byTestId('authors').textContent = a.metadata.authors.map((c) => c.name).join(', ');
  byTestId('site').textContent = a.metadata.siteName ?? '';
  byTestId('published').textContent = a.metadata.published ?? '';
  byTestId('article').append(createArticleSanitizer(window).toFragment(a.html, { remoteImages: false }));
  document.getElementById('status')?.remove();
  document.documentElement.dataset.state = a.readerable ? 'ready' : 'no-article';
}

main().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) status.textContent = error instanceof Error ? error.message : String(error);
  document.documentElement.dataset.state = 'error';
});
