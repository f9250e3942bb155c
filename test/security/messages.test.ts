// @vitest-environment node
// The runtime message router and the extraction-result validator as an attacker sees them
// (SECURITY.md F3, F4, R9, R10, A18): forged senders, wrong contexts, oversize and odd-shaped
// payloads, prototype-pollution-shaped JSON. Pure: the WebExtension API is a stub.
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: Record<string, unknown>) => unknown;
const state = vi.hoisted(() => ({ listeners: [] as Array<(m: unknown, s: Record<string, unknown>) => unknown> }));

vi.mock('../../src/platform/browser', () => ({
  default: {
    runtime: {
      id: 'lectern-id',
      getURL: (path: string) => `chrome-extension://lectern-id/${path}`,
      onMessage: { addListener: (fn: Listener) => state.listeners.push(fn) },
      sendMessage: async () => undefined,
    },
  },
}));

const { handle, isTrustedSender } = await import('../../src/platform/messages');
const { validateArticle } = await import('../../src/platform/validate');

const calls: string[] = [];
const contentSender = { id: 'lectern-id', tab: { id: 7 }, frameId: 0, url: 'https://news.example/a' };
const popupSender = { id: 'lectern-id', url: 'chrome-extension://lectern-id/popup.html?tabId=7' };
const detect = { verdict: true, score: 3, signals: [] };

beforeAll(() => {
  handle({
    pageDetected: (req) => { calls.push(`pageDetected ${req.url}`); return true; },
    getDetection: (req) => { calls.push(`getDetection ${req.tabId}`); return null; },
  });
});

const send = (message: unknown, sender: Record<string, unknown>): unknown => {
  const listener = state.listeners[0];
  if (!listener) throw new Error('no listener registered');
  return listener(message, sender);
};

describe('runtime message router (F3, F4, R10)', () => {
  it('answers a well-formed message from the right context', async () => {
    await expect(send({ pageDetected: { url: 'https://news.example/a', detect } }, contentSender)).resolves.toEqual({ ok: true });
    await expect(send({ getDetection: { tabId: 7 } }, popupSender)).resolves.toEqual({ ok: null });
  });

  it.each([
    ['another extension (F4)', { pageDetected: { url: 'x', detect } }, { ...contentSender, id: 'evil-extension' }],
    ['a content script asking for an extension-page-only message', { getDetection: { tabId: 1 } }, contentSender],
    ['a subframe of the page (frameId ≠ 0)', { pageDetected: { url: 'x', detect } }, { ...contentSender, frameId: 3 }],
    ['a page-like sender without a tab id', { pageDetected: { url: 'x', detect } }, { ...contentSender, tab: {} }],
    ['a sender URL outside the extension', { getDetection: { tabId: 1 } }, { id: 'lectern-id', url: 'https://evil.example/' }],
    ['an unknown message name', { fetchUrl: { url: 'https://evil.example/' } }, popupSender],
    ['a prototype-named message', JSON.parse('{"__proto__": {"tabId": 1}}'), popupSender],
    ['two names at once', { getDetection: { tabId: 1 }, pageDetected: { url: 'x', detect } }, popupSender],
    ['an array', [{ getDetection: { tabId: 1 } }], popupSender],
    ['a string', 'getDetection', popupSender],
  ])('ignores %s: no answer, no handler call (the message stays free for its real owner)', (_what, message, sender) => {
    const before = calls.length;
    expect(send(message, sender)).toBeUndefined();
    expect(calls.length).toBe(before);
  });

  it('refuses a payload over the size cap with an error, without calling the handler (R9)', async () => {
    const before = calls.length;
    await expect(send({ pageDetected: { url: 'x'.repeat(100_000), detect } }, contentSender)).resolves.toEqual({ error: 'Message too large' });
    expect(calls.length).toBe(before);
  });

  it('isTrustedSender: content scripts may only send their own result type', () => {
    expect(isTrustedSender('pageDetected', contentSender as never)).toBe(true);
    expect(isTrustedSender('getDetection', contentSender as never)).toBe(false);
    expect(isTrustedSender('getDetection', popupSender as never)).toBe(true);
  });
});

describe('validateArticle against forged extraction results (A18, F3, R9)', () => {
  const base = { url: 'https://news.example/a', html: '<p>x</p>', text: 'x', readerable: true, metadata: { title: 'T', authors: [] } };

  it('copies only own allowlisted keys: __proto__ / constructor payloads pollute nothing', () => {
    const forged = JSON.parse(`{"url": "https://news.example/a", "html": "<p>x</p>", "text": "x",
      "__proto__": {"ALLOWED_TAGS": ["script"], "polluted": true},
      "constructor": {"prototype": {"polluted": true}},
      "metadata": {"title": "T", "__proto__": {"polluted": true}, "provenance": {"__proto__": {"polluted": true}, "title": "meta"}}}`) as unknown;
    const a = validateArticle(forged);
    expect(a).not.toBeNull();
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.keys(a ?? {})).not.toContain('constructor');
    expect((a as unknown as Record<string, unknown>).ALLOWED_TAGS).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((a?.metadata as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(a?.metadata.provenance).toEqual({ title: 'meta' });
  });

  it.each([
    ['title as an array', { ...base, metadata: { title: ['a'] } }, (a: any) => expect(a.metadata.title).toBeUndefined()],
    ['10,000 authors', { ...base, metadata: { authors: Array.from({ length: 10_000 }, (_, i) => ({ name: `A${i}` })) } }, (a: any) => expect(a.metadata.authors.length).toBeLessThanOrEqual(50)],
    ['a 1 MB title', { ...base, metadata: { title: 't'.repeat(1_000_000) } }, (a: any) => expect(a.metadata.title.length).toBeLessThanOrEqual(2000)],
    ['a 1 MB author name', { ...base, metadata: { authors: [{ name: 'n'.repeat(1_000_000) }] } }, (a: any) => expect(a.metadata.authors[0].name.length).toBeLessThanOrEqual(300)],
    ['dir injection', { ...base, dir: 'rtl" onclick="x' }, (a: any) => expect(a.dir).toBeUndefined()],
    ['a non-numeric word count', { ...base, wordCount: Infinity }, (a: any) => expect(a.wordCount).toBe(0)],
    ['500 removed blocks', { ...base, removed: Array.from({ length: 500 }, () => ({ rule: 'r', text: 't' })) }, (a: any) => expect(a.removed.length).toBeLessThanOrEqual(200)],
  ])('caps or drops %s', (_what, forged, check) => {
    const a = validateArticle(forged);
    expect(a).not.toBeNull();
    check(a);
  });

  it('rejects article HTML over the message cap instead of truncating markup (R9)', () => {
    expect(validateArticle({ ...base, html: '<p>'.repeat(2_000_000) })).toBeNull();
  });
});
