#!/usr/bin/env node
// `npm start`: build both browsers, then open Chromium with Lectern on the bundled sample article.
// Without a display (CI, SSH), print where the builds are and how to load them, and run the CLI on
// the sample instead.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const root = resolve(import.meta.dirname, '..');
const sample = join(root, 'test/fixtures/e2e/article.html');
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

step(process.execPath, ['scripts/build.mjs']);
const browserBin = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';

console.log(`
Lectern is built:
  Chrome/Chromium: ${join(root, 'dist/chrome')}   (chrome://extensions → Developer mode → Load unpacked)
  Firefox:         ${join(root, 'dist/firefox')}  (about:debugging#/runtime/this-firefox → Load Temporary Add-on → manifest.json)
  Store packages:  ${join(root, 'dist')}/lectern-*-{chrome,firefox}.zip
`);

if (!hasDisplay || !browserBin) {
  console.log(`No display${browserBin ? '' : ' or Chromium'} here, so instead of opening a browser, the CLI reads the sample article:\n  npx lectern extract test/fixtures/e2e/article.html --format text\n`);
  step(process.execPath, ['bin/lectern.js', 'extract', sample, '--url', 'https://coastal-ledger.example/local/2025/03/14/harbour-town-tidal-mill', '--format', 'text']);
  process.exit(0);
}

// Serve the sample over http so the detector (declared for http/https pages) runs on it.
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(sample)));
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/harbour-town-tidal-mill`;
  console.log(`Opening Chromium with Lectern on ${url} — click the Lectern toolbar button. Close the browser to stop.`);
  const profile = mkdtempSync(join(tmpdir(), 'lectern-start-'));
  // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const child = spawn(browserBin, [...rootOnly, `--user-data-dir=${profile}`, `--load-extension=${join(root, 'dist/chrome')}`, '--disable-features=DisableLoadExtensionCommandLineSwitch', '--no-first-run', '--disable-background-networking', url], { stdio: 'ignore' });
  child.on('exit', () => server.close());
});
