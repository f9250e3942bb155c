// The Removed panel: each block the cleaner stripped (rule + text), with Restore. Restorations are
// remembered per site for the browser session (storage.session), and replayed on the next open.
import browser from '../platform/browser';
import { ruleLabelKey, t, tOr } from '../platform/i18n';
import { removalKind, type RemovalKind } from '../lib/removal-kind';
import type { Removal } from '../lib/types';
import { hostOf } from '../reader/format';
import { restoreBlock } from './article';
import { $, byTestId } from './state';

const sessionKey = (url: string): string => `restored:${hostOf(url)}`;
const removalKey = (r: Removal): string => `${r.rule}|${r.text.slice(0, 200)}`;

export const ruleLabel = (rule: string): string => tOr(ruleLabelKey(rule), rule);

async function remembered(url: string): Promise<Set<string>> {
  const got = await browser.storage.session.get(sessionKey(url)).catch(() => ({}));
  const list = (got as Record<string, unknown>)[sessionKey(url)];
  return new Set(Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : []);
}

async function remember(url: string, key: string): Promise<void> {
  const set = await remembered(url);
  set.add(key);
  await browser.storage.session.set({ [sessionKey(url)]: [...set].slice(-200) }).catch(() => undefined);
}

function markRestored(button: HTMLButtonElement): void {
  button.disabled = true;
  button.textContent = t('removedRestored');
  button.closest('li')?.classList.add('is-restored');
}

const KIND_KEYS: Record<RemovalKind, string> = { byline: 'removedKindByline' };

export async function renderRemoved(removed: readonly Removal[], pageUrl: string, authorNames: readonly string[] = []): Promise<void> {
  const list = byTestId('removed');
  $('#removed-count').textContent = String(removed.length);
  $('#removed-panel').hidden = removed.length === 0;
  const done = await remembered(pageUrl);
  const buttons: Array<[Removal, HTMLButtonElement]> = [];
  list.replaceChildren(...removed.map((r) => {
    const li = document.createElement('li');
    const rule = document.createElement('span');
    rule.className = 'rule';
    rule.textContent = ruleLabel(r.rule);
    const kind = removalKind(r, authorNames);
    if (kind) {
      // Filed under the rule that took it, and named for what it was.
      const what = document.createElement('span');
      what.className = 'kind';
      what.textContent = t(KIND_KEYS[kind]);
      rule.append(' · ', what);
    }
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = r.text;
    text.dir = 'auto';
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.action = 'restore';
    button.textContent = t('removedRestore');
    button.setAttribute('aria-label', t('removedRestoreLabel', r.text.slice(0, 60)));
    button.addEventListener('click', () => {
      restoreBlock(r).scrollIntoView({ block: 'nearest' });
      markRestored(button);
      void remember(pageUrl, removalKey(r));
    });
    buttons.push([r, button]);
    li.append(rule, text, button);
    return li;
  }));
  for (const [r, button] of buttons) {
    if (done.has(removalKey(r))) {
      restoreBlock(r);
      markRestored(button);
    }
  }
}
