// src/platform/update-cleanup.ts: after an update the background clears old reader overlays in every
// tab it can reach (R5); one tab failing, or a discarded tab, never stops the others.
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Call { target: { tabId: number; frameIds?: number[] }; func?: unknown; args?: unknown[] }
const calls: Call[] = [];
let tabs: Array<{ id?: number; discarded?: boolean }> = [];
let queried: unknown = null;
const results = new Map<number, unknown>();

vi.mock('../../src/platform/browser', () => ({
  default: {
    tabs: { query: async (q: unknown) => { queried = q; return tabs; } },
    scripting: {
      executeScript: async (call: Call) => {
        calls.push(call);
        const result = results.get(call.target.tabId);
        if (result instanceof Error) throw result;
        return [{ result }];
      },
    },
  },
}));
const { closeStaleReadersEverywhere } = await import('../../src/platform/update-cleanup');
const { closeStaleReaders } = await import('../../src/reader/stale');

describe('closeStaleReadersEverywhere', () => {
  beforeEach(() => {
    calls.length = 0;
    results.clear();
    tabs = [];
  });

  it('injects the self-contained cleanup into the top frame of each web tab, keeping this build’s readers', async () => {
    tabs = [{ id: 1 }, { id: 2 }];
    results.set(1, 1).set(2, 0);
    expect(await closeStaleReadersEverywhere()).toBe(1);
    expect(queried).toEqual({ url: ['http://*/*', 'https://*/*'] });
    expect(calls.map((c) => c.target)).toEqual([{ tabId: 1, frameIds: [0] }, { tabId: 2, frameIds: [0] }]);
    expect(calls[0]?.func).toBe(closeStaleReaders);
    expect(calls[0]?.args).toEqual([null, null, 'dev']);
  });

  it('skips discarded tabs and tabs without an id; a failing tab counts as nothing', async () => {
    tabs = [{ id: 1, discarded: true }, {}, { id: 3 }, { id: 4 }];
    results.set(3, new Error('Cannot access contents of the page')).set(4, 2);
    expect(await closeStaleReadersEverywhere()).toBe(2);
    expect(calls.map((c) => c.target.tabId)).toEqual([3, 4]);
  });

  it('counts only numeric results', async () => {
    tabs = [{ id: 5 }];
    results.set(5, 'many');
    expect(await closeStaleReadersEverywhere()).toBe(0);
  });
});
