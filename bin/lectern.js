#!/usr/bin/env node
// Entry of the `lectern` command. Runs the bundled CLI (built by `npm install`'s prepare step or
// `npm run build`); builds it first if it is missing, so a fresh checkout works too.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/main.js');
if (!existsSync(cli)) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--cli-only'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    process.stderr.write('lectern: could not build the CLI (run `npm install` first)\n');
    process.exit(1);
  }
}
await import(cli);
