// SECURITY.md R6: Chrome stops an idle service worker at any time. Lectern keeps no state in worker
// globals (per-tab detections live in storage.session, listeners are registered at top level), so
// after the worker is stopped the stored detection survives, the next page wakes the worker and
// gets its badge, and the popup (which never depends on the worker) still reads the article.
// Chromium only: Firefox's event page cannot be stopped from automation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveFixtures, until, type FixtureServer, type Lectern } from './harness';

describe('chromium: service-worker restart (R6)', () => {
  let server: FixtureServer;
  let lectern: Lectern;
  beforeAll(async () => {
    server = await serveFixtures();
    lectern = await launch('chromium');
  });
  afterAll(async () => {
    await lectern?.close();
    await server?.close();
  });

  it('keeps detections, badges new pages and serves the popup after the worker is stopped', async () => {
    const first = await lectern.open(server.url('/article.html'));
    const firstTab = await lectern.tabId(first);
    const stored = (id: number): Promise<boolean> =>
      lectern.extEval((api, tabId: number) => api.storage.session.get(`tab:${tabId}`).then((v: Record<string, unknown>) => Object.keys(v).length > 0), id);
    await until(() => stored(firstTab), 10_000, 'first detection');

    const isWorker = (t: { type(): string; url(): string }): boolean => t.type() === 'service_worker' && t.url().startsWith(lectern.origin);
    const target = await lectern.browser.waitForTarget(isWorker);
    await (await target.worker())?.close();
    await until(async () => !lectern.browser.targets().some(isWorker), 10_000, 'worker stopped');

    expect(await stored(firstTab)).toBe(true);
    const second = await lectern.open(server.url('/article.html?after-restart'));
    const secondTab = await lectern.tabId(second);
    const badge = await until(() => lectern.extEval((api, id: number) => api.action.getBadgeText({ tabId: id }), secondTab), 15_000, 'badge after restart');
    expect(badge).not.toBe('');

    const popup = await lectern.openExtensionPage(`popup.html?tabId=${firstTab}`, 'html[data-state="ready"]');
    expect(await popup.$eval('[data-testid="article"]', (e) => e.textContent ?? '')).toContain('Saltmarsh Quay');
    await Promise.all([first.close(), second.close(), popup.close()]);
  });
});
