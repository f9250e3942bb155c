// Clipboard writes, started synchronously inside the click handler (transient activation, R7/R8):
// rich text/html + text/plain through ClipboardItem where available, else writeText; when the
// browser refuses, a read-only, pre-selected textarea asks for Ctrl/Cmd+C.
import { t } from '../platform/i18n';
import { $ } from './state';

export type CopyOutcome = 'copied' | 'fallback';

function writeRich(text: string, html: string | undefined): Promise<void> {
  const clip = navigator.clipboard as Clipboard | undefined;
  if (!clip) return Promise.reject(new Error('no clipboard'));
  if (html && typeof ClipboardItem === 'function' && typeof clip.write === 'function') {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    return clip.write([item]).catch(() => clip.writeText(text));
  }
  return clip.writeText(text);
}

function showFallback(text: string): void {
  const box = $('#copy-fallback');
  const area = $<HTMLTextAreaElement>('#copy-fallback textarea');
  area.value = text;
  box.hidden = false;
  area.focus();
  area.select();
}

/** Call directly from a click handler, with the text already rendered. */
export function copyText(text: string, html: string | undefined, label: string): Promise<CopyOutcome> {
  const status = $('#copy-status');
  $('#copy-fallback').hidden = true;
  let started: Promise<void>;
  try {
    started = writeRich(text, html);
  } catch (error) {
    started = Promise.reject(error);
  }
  return started.then(
    () => {
      status.textContent = t('copyDone', label);
      return 'copied' as const;
    },
    () => {
      status.textContent = t('copyFailed');
      showFallback(text);
      return 'fallback' as const;
    },
  );
}
