// src/content.ts, the detector content script: whatever the extension context does under it (R5:
// updated or reloaded, "Extension context invalidated" thrown or rejected), nothing escapes to the
// page; and a page restored from the back/forward cache announces itself again (R24), only on the
// browser's own event.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
const detect = vi.fn(() => ({ verdict: true, score: 9, signals: [] }));
vi.mock('../src/platform/messages', () => ({ send }));
vi.mock('../src/lib/detect', () => ({ isNewsArticle: detect }));

const invalidated = (): Error => new Error('Extension context invalidated.');
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

let onPageshow: ((e: { isTrusted: boolean; persisted: boolean }) => void) | undefined;

/** Import a fresh copy of the content script, as the browser would inject it; keep its pageshow listener. */
async function inject(): Promise<void> {
  vi.resetModules();
  onPageshow = undefined;
  const add = vi.spyOn(window, 'addEventListener').mockImplementation((type: string, listener: unknown) => {
    if (type === 'pageshow') onPageshow = listener as typeof onPageshow;
  });
  try {
    await import('../src/content');
  } finally {
    add.mockRestore();
  }
  await new Promise((r) => setTimeout(r, 0));
}

/** A pageshow from the browser (isTrusted) or forged by the page; jsdom cannot fake isTrusted. */
function pageshow(persisted: boolean, trusted: boolean): void {
  onPageshow?.({ isTrusted: trusted, persisted });
}

describe('content script', () => {
  beforeEach(() => {
    send.mockReset();
    detect.mockClear();
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
    document.body.innerHTML = '<p>Some text</p>';
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  it('reports the verdict once for the page', async () => {
    send.mockResolvedValue(true);
    await inject();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toBe('pageDetected');
  });

  it('stays silent when the extension context was invalidated: rejected (R5)', async () => {
    send.mockRejectedValue(invalidated());
    await expect(inject()).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 10));
    expect(unhandled).toEqual([]);
  });

  it('stays silent when the extension context was invalidated: thrown synchronously (R5)', async () => {
    send.mockImplementation(() => {
      throw invalidated();
    });
    await expect(inject()).resolves.toBeUndefined();
    pageshow(true, true); // the old copy, restored from bfcache after an update
    await new Promise((r) => setTimeout(r, 10));
    expect(send).toHaveBeenCalledTimes(2);
    expect(unhandled).toEqual([]);
  });

  it('stays silent when the detector throws on a hostile page', async () => {
    detect.mockImplementationOnce(() => {
      throw new TypeError('clobbered');
    });
    await expect(inject()).resolves.toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('announces again on a bfcache restore, reusing its verdict, and ignores forged pageshow events (R24)', async () => {
    send.mockResolvedValue(true);
    await inject();
    pageshow(false, true); // a normal load: already announced
    pageshow(true, false); // forged by the page
    expect(send).toHaveBeenCalledTimes(1);
    pageshow(true, true);
    expect(send).toHaveBeenCalledTimes(2);
    expect(detect).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[1]?.[1]).toEqual(send.mock.calls[0]?.[1]);
  });
});
