#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifests use, with Debian's Chromium. The PNGs are
// committed, so a build never needs a browser; run this after editing the SVG.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const svg = resolve('icons/icon.svg');
const dir = mkdtempSync(join(tmpdir(), 'lectern-icons-'));
for (const size of [16, 32, 48, 128]) {
  const page = join(dir, `icon-${size}.html`);
  writeFileSync(page, `<html><body style="margin:0"><img src="file://${svg}" width="${size}" height="${size}" style="display:block"></body></html>`);
  execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--default-background-color=00000000', `--window-size=${size},${size}`, `--screenshot=${resolve(`icons/icon-${size}.png`)}`, `file://${page}`], { stdio: 'ignore' });
  console.log(`icons/icon-${size}.png`);
}
