// src/platform/page.ts, loadArticle against a scripted browser: a page still parsing is waited for
// (R14), a page that never answers ends in "timeout" (G4), a tab out of reach in "gone" (R26).
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Call { func?: unknown; files?: string[]; injectImmediately?: boolean; args?: unknown[] }
const calls: Call[] = [];
let tab: { url?: string; title?: string; status?: string } | Error = {};
let answers: Array<(call: Call) => Promise<unknown>> = [];

vi.mock('../../src/platform/browser', () => ({
  default: {
    tabs: { get: async () => { if (tab instanceof Error) throw tab; return tab; } },
    extension: { isAllowedFileSchemeAccess: async () => false },
    scripting: {
      executeScript: async (call: Call) => {
        calls.push(call);
        const next = answers.shift();
        return next ? [{ result: await next(call) }] : [{ result: null }];
      },
    },
  },
}));
const { loadArticle } = await import('../../src/platform/page');

const URL_ = 'https://news.example/story';
const article = { url: URL_, isNewsArticle: true, readerable: true, text: 'Body', html: '<p>Body</p>', wordCount: 1, metadata: { authors: [], itemType: 'webpage', provenance: {} }, removed: [] };
const never = (): Promise<unknown> => new Promise(() => undefined);
const opts = (): { disabledRules: string[]; extraSelectors: string[] } => ({ disabledRules: [], extraSelectors: [] });

describe('loadArticle', () => {
  beforeEach(() => {
    calls.length = 0;
    answers = [];
    tab = { url: URL_, title: 'Story', status: 'complete' };
  });

  it('reads a complete tab in one call, without waiting for the document', async () => {
    answers = [async () => ({ ok: article, extractedAt: 1 })];
    const loaded = await loadArticle(1, opts);
    expect(loaded).toMatchObject({ ok: true, loading: false });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.injectImmediately).toBe(true);
  });

  it('waits for a tab still loading, then reads it (R14)', async () => {
    tab = { url: URL_, status: 'loading' };
    const steps: string[] = [];
    answers = [async () => 'interactive', async () => ({ ok: article, extractedAt: 1 })];
    const loaded = await loadArticle(1, opts, { domWaitMs: 1234, onStep: (s) => steps.push(s) });
    expect(loaded).toMatchObject({ ok: true, loading: false });
    expect(calls[0]).toMatchObject({ injectImmediately: true, args: [1234] });
    expect(steps).toEqual(['waiting', 'reading']);
  });

  it('a page with no body yet after the wait is "loading", not "not HTML" (R14)', async () => {
    tab = { url: URL_, status: 'loading' };
    answers = [async () => 'loading', async () => ({ error: 'This page is not an HTML document.', code: 'not-html' })];
    expect(await loadArticle(1, opts)).toMatchObject({ ok: false, problem: 'loading', loading: true });
  });

  it('a page that never answers ends in "timeout" (G4)', async () => {
    answers = [never];
    const started = Date.now();
    expect(await loadArticle(1, opts, { timeoutMs: 60 })).toMatchObject({ ok: false, problem: 'timeout', tab: { id: 1, url: URL_ } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a tab out of reach (closed, or a private window Lectern may not enter) is "gone" (R26)', async () => {
    tab = new Error('No tab with id: 9.');
    expect(await loadArticle(9, opts)).toMatchObject({ ok: false, problem: 'gone', tab: { id: 9 } });
    expect(calls).toHaveLength(0);
  });
});
