// Shared e2e plumbing: a static server on 127.0.0.1, the built extension loaded into Debian's
// Chromium (CDP) or Firefox ESR (WebDriver BiDi) by puppeteer-core (TOOLCHAIN.md recipe), and a
// way to run code in an extension page of either browser.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];
export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/e2e');
const GECKO_ID = 'lectern@lectern-reader.org';
const FIREFOX_UUID = '6c9a3d2e-1f4b-4c8e-9a7d-2b5e8f0c1a34';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.json': 'application/json', '.pdf': 'application/pdf', '.txt': 'text/plain',
};

export interface FixtureServer { origin: string; url(path: string): string; requests: string[]; close(): Promise<void> }

/** A generated response: pages built at test time (30,000 paragraphs) or streamed slowly. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Serves test/fixtures/e2e (and the seed replica under /seed/ when ../shared exists). `routes`
 * answers chosen paths with a handler instead of a file.
 */
export async function serveFixtures(options: { routes?: Record<string, Route> } = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const route = options.routes?.[path];
    if (route) return void route(req, res);
    // /seed/… is the shared seed replica; /clean/… the cleaner's fixture pages (one page, two test suites).
    const base = path.startsWith('/seed/') ? resolve(ROOT, '../shared/fixtures') : path.startsWith('/clean/') ? resolve(FIXTURES, '..') : FIXTURES;
    const file = normalize(join(base, path.startsWith('/seed/') || path.startsWith('/clean/') ? path : path.replace(/\/$/, '/index.html')));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
        // Fixtures may ask for a response header through a sibling file, e.g. a strict page CSP.
        readFile(`${file}.headers.json`, 'utf8').then((h) => Object.assign(headers, JSON.parse(h)), () => undefined).finally(() => {
          res.writeHead(200, headers).end(body);
        });
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const close = (): Promise<void> => new Promise((r) => {
    server.close(() => r());
    // A route still streaming a response must not keep close() waiting.
    if (options.routes) server.closeAllConnections();
  });
  return { origin, url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`, requests, close };
}

export interface Lectern {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID */
  origin: string;
  /** Open a page and wait for it to load. */
  open(url: string): Promise<Page>;
  /** Open an extension page (moz-extension navigations never report completion in Firefox). */
  openExtensionPage(path: string, readySelector?: string): Promise<Page>;
  /** Run a function in an extension page, with `api` = the WebExtension namespace. */
  extEval<T, A extends unknown[]>(fn: (api: any, ...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** The tab id of a page, looked up by its URL. */
  tabId(page: Page): Promise<number>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];

/**
 * `extensionDir`: load the extension from elsewhere than dist/ (a copy a test rewrites, R5).
 * `firefoxPrefs`: extra Firefox preferences (e.g. a private-browsing-only profile, R26).
 * `chromiumArgs`: extra Chromium switches (e.g. `--lang=fr` for a French UI).
 */
export async function launch(name: BrowserName, options: { extensionDir?: string; firefoxPrefs?: Record<string, unknown>; chromiumArgs?: string[] } = {}): Promise<Lectern> {
  const dir = options.extensionDir ?? join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), `lectern-${name}-`));
  let browser: Browser;
  let origin: string;
  if (name === 'chromium') {
    browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', pipe: true, enableExtensions: [dir], headless: true, userDataDir: profile, args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])] });
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
    origin = `chrome-extension://${new URL(worker.url()).host}`; // URL.origin is "null" for this scheme in Node
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }), 'dom.events.testing.asyncClipboard': true, 'dom.events.asyncClipboard.readText': true, ...options.firefoxPrefs },
    });
    await browser.installExtension(dir);
    origin = `moz-extension://${FIREFOX_UUID}`;
  }
  let helper: Page | undefined;
  const lectern: Lectern = {
    name, browser, origin,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path, readySelector = 'body') {
      const url = `${origin}/${path.replace(/^\//, '')}`;
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        try {
          if (name === 'firefox') void page.goto(url).catch(() => undefined);
          else await page.goto(url, { waitUntil: 'domcontentloaded' });
          await page.waitForSelector(readySelector, { timeout: 20_000 });
          return page;
        } catch (error) {
          // Firefox's BiDi sometimes fails a waitForSelector that races the moz-extension
          // navigation ("right-hand side of 'in' should be an object, got null"): open it again.
          await page.close().catch(() => undefined);
          const chain = [error, (error as { cause?: unknown }).cause, ((error as { cause?: { cause?: unknown } }).cause)?.cause].map(String).join(' ');
          if (attempt >= 3 || !/Protocol error|right-hand side/.test(chain)) throw error;
        }
      }
    },
    async extEval(fn, ...args) {
      for (let attempt = 1; ; attempt++) {
        // An extension update closes the extension's pages (Firefox without telling puppeteer):
        // open a new helper then.
        if (helper?.isClosed()) helper = undefined;
        helper ??= await lectern.openExtensionPage('options.html');
        const page = helper;
        try {
          // The API object is passed as a handle: evaluating a source string in the page would need
          // eval, which the extension CSP (rightly) forbids.
          const api = await page.evaluateHandle(() => (globalThis as any).browser ?? (globalThis as any).chrome);
          try {
            return (await page.evaluate(fn as any, api, ...args)) as never;
          } finally {
            await api.dispose().catch(() => undefined);
          }
        } catch (error) {
          if (attempt >= 2 || !/no such frame|Browsing Context with id|Target closed|Session closed|detached/i.test(String(error))) throw error;
          helper = undefined;
        }
      }
    },
    async tabId(page) {
      const url = page.url();
      const id = await lectern.extEval(async (api, u: string) => (await api.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id ?? -1, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return lectern;
}

/** Poll until fn returns a truthy value (badge updates and the like are asynchronous). */
export async function until<T>(fn: () => Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T;
  do {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < end);
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/**
 * Waits until `predicate` is true in the page, by evaluating it from here. Not page.waitForFunction:
 * Firefox 140.12 ESR (Debian, December 2026) runs that poller through Function(), which an extension
 * page's CSP blocks ("call to Function() blocked by CSP"); a plain evaluate is not affected.
 */
export async function waitInPage<A extends unknown[]>(page: Page, predicate: (...args: A) => unknown, ...args: A): Promise<void> {
  await until(async () => !!(await page.evaluate(predicate as (...a: unknown[]) => unknown, ...args)), 10_000, `page condition ${predicate.toString().slice(0, 80)}`);
}
