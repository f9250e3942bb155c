#!/usr/bin/env node
// `npm test`: typecheck, lint, build, unit tests, e2e tests in real Chromium and Firefox. Every step
// runs even if an earlier one failed, and the last line is the CI-readable `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';

mkdirSync('.cache', { recursive: true });
const npx = (args) => ['npx', ['--no-install', ...args]];
let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];

function run(label, [cmd, args]) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
  return { ok: r.status === 0, ms: Date.now() - started, label };
}

function step(label, command) {
  const r = run(label, command);
  if (r.ok) passed++;
  else failed++;
  summary.push(`${r.ok ? 'ok  ' : 'FAIL'} ${label} (${(r.ms / 1000).toFixed(1)} s)`);
  return r.ok;
}

function vitestStep(label, config, out) {
  const r = run(label, npx(['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]));
  if (!existsSync(out)) {
    failed++;
    summary.push(`FAIL ${label}: no report (${(r.ms / 1000).toFixed(1)} s)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that fails to load counts as a failure even when it declared no tests.
  const broken = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += broken;
  summary.push(`${r.ok ? 'ok  ' : 'FAIL'} ${label}: ${report.numPassedTests} passed, ${report.numFailedTests + broken} failed, ${report.numPendingTests} skipped (${(r.ms / 1000).toFixed(1)} s)`);
}

step('typecheck', npx(['tsc', '--noEmit', '-p', 'tsconfig.json']));
step('lint', npx(['eslint', '.']));
const built = step('build', ['node', ['scripts/build.mjs']]);
if (built) step('build checks', ['node', ['scripts/check-build.mjs']]);
vitestStep('unit', 'vitest.config.ts', '.cache/unit.json');
if (built) vitestStep('e2e', 'vitest.e2e.config.ts', '.cache/e2e.json');
else { failed++; summary.push('FAIL e2e: not run, the build failed'); }

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed === 0 ? 0 : 1;
