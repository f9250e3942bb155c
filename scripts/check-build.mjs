#!/usr/bin/env node
// Checks on the built extension that no unit test can make:
// - content scripts are self-contained classic scripts (no import/export at top level);
// - the detector stays tiny (≤ 12 KB gzip) and carries no Readability, DOMPurify or citation code;
// - extension HTML has no inline script, inline style or on* handler (our CSP forbids them);
// - both manifests have what their browser needs; `web-ext lint` finds 0 errors in Firefox's.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dist = 'dist';
const problems = [];
const check = (ok, message) => ok || problems.push(message);
if (!existsSync(join(dist, 'chrome/manifest.json'))) {
  console.error('check-build: no build in dist/ (run npm run build)');
  process.exit(1);
}

for (const name of ['content.js', 'extract-page.js', 'background.js']) {
  const code = readFileSync(join(dist, 'chrome', name), 'utf8');
  check(!/^\s*(import|export)\s/m.test(code) && !/\bimport\s*\(/.test(code), `${name} is not a self-contained classic script`);
}
const detector = readFileSync(join(dist, 'chrome/content.js'));
const detectorGzip = gzipSync(detector, { level: 9 }).length;
check(detectorGzip <= 12 * 1024, `content.js is ${detectorGzip} bytes gzip (budget 12288)`);
for (const marker of ['_grabArticle', 'DOMPurify', 'citeproc', 'CSL.Engine']) check(!detector.includes(marker), `content.js carries ${marker}`);

for (const html of readdirSync(join(dist, 'chrome')).filter((f) => f.endsWith('.html'))) {
  const text = readFileSync(join(dist, 'chrome', html), 'utf8');
  check(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(text), `${html} has an inline script`);
  check(!/\sstyle\s*=/i.test(text), `${html} has an inline style attribute`);
  check(!/<style[\s>]/i.test(text), `${html} has an inline <style>`);
  check(!/\son[a-z]+\s*=/i.test(text), `${html} has an inline event handler`);
}

const chrome = JSON.parse(readFileSync(join(dist, 'chrome/manifest.json'), 'utf8'));
const firefox = JSON.parse(readFileSync(join(dist, 'firefox/manifest.json'), 'utf8'));
check(chrome.background?.service_worker && !chrome.background.scripts, 'chrome manifest: background.service_worker only');
check(firefox.background?.scripts && !firefox.background.service_worker, 'firefox manifest: background.scripts only');
check(firefox.browser_specific_settings?.gecko?.id && firefox.browser_specific_settings.gecko.data_collection_permissions, 'firefox manifest: gecko id and data_collection_permissions');
check(Array.isArray(chrome.externally_connectable?.ids) && chrome.externally_connectable.ids.length === 0, 'chrome manifest: externally_connectable.ids must be []');
check(!chrome.web_accessible_resources && !firefox.web_accessible_resources, 'no web_accessible_resources');
check(!(chrome.permissions ?? []).includes('tabs'), 'no tabs permission');

const lint = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', join(dist, 'firefox'), '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
try {
  const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
  const errors = report.errors ?? [];
  check(errors.length === 0, `web-ext lint: ${errors.length} errors: ${errors.map((e) => `${e.code} ${e.message} (${e.file ?? ''})`).join('; ')}`);
  console.log(`web-ext lint: ${errors.length} errors, ${(report.warnings ?? []).length} warnings, ${(report.notices ?? []).length} notices`);
} catch {
  problems.push(`web-ext lint did not run: ${lint.stderr.slice(0, 500)}`);
}

console.log(`content.js: ${detector.length} bytes, ${detectorGzip} bytes gzip (budget 12288)`);
if (problems.length) {
  console.error(`build checks failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('build checks passed');
