// Optional `npm run bench -- --popup`: the real extension (dist/chrome, loaded by the e2e harness)
// opens popup.html?tabId=N on a median-size sample page; time = the popup's own
// performance.mark('lectern:<state>') (set when <html data-state> leaves "loading"), i.e. from the
// popup's navigation start to the article on screen. Target ≤ 150 ms (issue 7).
import { launch } from '../../test/e2e/harness';
import type { SamplePage } from './sample';
import { serveSample } from './chromium';
import { median } from './stats';

export interface PopupRun { page: string; bytes: number; state: string; firstMs: number; warmMs: number[] }

const DONE = 'html:not([data-state="loading"])';

export async function runPopup(sample: readonly SamplePage[], runs: number): Promise<PopupRun> {
  const bySize = [...sample].sort((a, b) => a.bytes - b.bytes);
  const target = bySize[Math.floor(bySize.length / 2)] as SamplePage;
  const server = await serveSample([target]);
  const lectern = await launch('chromium');
  try {
    const page = await lectern.browser.newPage();
    // Saved pages point at third-party hosts: keep the run offline and deterministic.
    await page.setRequestInterception(true);
    page.on('request', (r) => void (r.url().startsWith(server.origin) ? r.continue() : r.abort()).catch(() => undefined));
    await page.goto(`${server.origin}/p/${target.id}.html`, { waitUntil: 'load', timeout: 60_000 });
    const tabId = await lectern.tabId(page);
    await page.bringToFront();
    const times: number[] = [];
    let state = '';
    for (let i = 0; i <= runs; i++) {
      const popup = await lectern.openExtensionPage(`popup.html?tabId=${tabId}`, DONE);
      const got = await popup.evaluate(() => {
        const s = document.documentElement.dataset.state ?? '';
        return { s, ms: performance.getEntriesByName(`lectern:${s}`)[0]?.startTime ?? NaN };
      });
      state = got.s;
      times.push(got.ms);
      await popup.close();
    }
    return { page: `${target.id} ${target.path}`, bytes: target.bytes, state, firstMs: times[0] as number, warmMs: times.slice(1) };
  } finally {
    await lectern.close();
    await server.close();
  }
}

export function popupLine(r: PopupRun): string {
  return `Popup (extension, Chromium): ${r.page} (${(r.bytes / 1024).toFixed(0)} KB) → data-state=${r.state}: first open ${r.firstMs.toFixed(0)} ms, then median ${median(r.warmMs).toFixed(0)} ms over ${r.warmMs.length} opens (target ≤ 150 ms)`;
}
