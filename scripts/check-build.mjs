#!/usr/bin/env node
// Checks on the built extension that the unit suite does not make:
// - injected and background scripts are self-contained classic scripts (no import/export);
// - `web-ext lint` finds 0 errors in the Firefox build.
// Size budgets and library markers live in test/build/budgets.test.ts; manifests, CSP and
// extension HTML in test/security/manifest.test.ts (both read dist/ during `npm test`).
import { readFileSync, existsSync } from 'node:fs';
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

for (const name of ['content.js', 'extract-page.js', 'reader.js', 'cite-page.js', 'background.js']) {
  const code = readFileSync(join(dist, 'chrome', name), 'utf8');
  check(!/^\s*(import|export)\s/m.test(code) && !/\bimport\s*\(/.test(code), `${name} is not a self-contained classic script`);
}
const detector = readFileSync(join(dist, 'chrome/content.js'));
const detectorGzip = gzipSync(detector, { level: 9 }).length;

const lint = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', join(dist, 'firefox'), '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
try {
  const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
  const errors = report.errors ?? [];
  check(errors.length === 0, `web-ext lint: ${errors.length} errors: ${errors.map((e) => `${e.code} ${e.message} (${e.file ?? ''})`).join('; ')}`);
  console.log(`web-ext lint: ${errors.length} errors, ${(report.warnings ?? []).length} warnings, ${(report.notices ?? []).length} notices`);
} catch {
  problems.push(`web-ext lint did not run: ${lint.stderr.slice(0, 500)}`);
}

console.log(`content.js: ${detector.length} bytes, ${detectorGzip} bytes gzip (budget checked by test/build/budgets.test.ts)`);
if (problems.length) {
  console.error(`build checks failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('build checks passed');
