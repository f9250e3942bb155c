// The Reader-mode toggle: aria-pressed mirrors the tab's reader (queried on open, set on toggle).
import { readerInTab } from '../platform/page';
import { byTestId } from './state';

export function initReaderToggle(tabId: number, enabled: boolean): void {
  const button = byTestId<HTMLButtonElement>('toggle-reader');
  button.disabled = !enabled;
  if (!enabled) return;
  void readerInTab(tabId, 'state').then((on) => button.setAttribute('aria-pressed', String(on)), () => undefined);
  button.addEventListener('click', () => {
    button.disabled = true;
    readerInTab(tabId, 'toggle')
      .then((on) => button.setAttribute('aria-pressed', String(on)))
      .catch(() => button.setAttribute('aria-pressed', 'false'))
      .finally(() => { button.disabled = false; });
  });
}
