#!/usr/bin/env node
// Builds Lectern: extension pages (popup, options) as one Vite app; background, content and
// extract-page as separate classic IIFE scripts (a multi-input build cannot emit classic content
// scripts); the CSL locale files; then per-browser manifests, store zips, and the Node CLI bundle.
// Usage: node scripts/build.mjs [--cli-only] [--no-zip]
import { build } from 'vite';
import { cp, mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { manifestFor } from './build/manifest.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const quiet = { logLevel: 'warn', configFile: false };
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// Lets the popup tell its own injected page code from a copy left by an older build (src/build-id.ts).
const buildDefine = { __LECTERN_BUILD__: JSON.stringify(`${pkg.version}+${Date.now().toString(36)}`) };

/** Classic script for the extension: everything inlined, no imports at run time. */
async function buildScript(entry, outDir, name) {
  await build({
    ...quiet,
    root,
    define: { 'process.env.NODE_ENV': '"production"', ...buildDefine },
    build: {
      outDir,
      emptyOutDir: false,
      target: ['chrome120', 'firefox128'],
      minify: true,
      sourcemap: false,
      lib: { entry: join(root, entry), formats: ['iife'], name: `lectern_${name.replace(/\W/g, '_')}`, fileName: () => `${name}.js` },
    },
  });
}

async function buildExtension() {
  const out = join(dist, 'chrome');
  await rm(out, { recursive: true, force: true });
  await build({
    ...quiet,
    root: join(root, 'src'),
    base: './',
    define: buildDefine,
    build: {
      outDir: out,
      emptyOutDir: true,
      target: ['chrome120', 'firefox128'],
      minify: true,
      modulePreload: false, // the polyfill would be an inline script, which our CSP forbids
      chunkSizeWarningLimit: 3000, // citeproc + official CSL styles ship in the package: no remote code
      rolldownOptions: {
        input: { popup: join(root, 'src/popup.html'), options: join(root, 'src/options.html') },
      },
    },
  });
  for (const name of ['background', 'content', 'extract-page', 'reader', 'cite-page']) await buildScript(['reader', 'cite-page'].includes(name) ? `src/reader/${name}.ts` : `src/${name}.ts`, out, name);
  await cp(join(root, 'icons'), join(out, 'icons'), { recursive: true, filter: (p) => !p.endsWith('.svg') || p.endsWith('icon.svg') });
  await cp(join(root, 'src/_locales'), join(out, '_locales'), { recursive: true });
  // CSL locales, one file each, read on demand (platform/csl-locales.ts; issue 18). en-US is built
  // into the citation code, so its file would never be read.
  const cslLocales = join(root, 'src/lib/citation/styles/locales');
  await mkdir(join(out, 'csl-locales'));
  for (const f of await readdir(cslLocales)) {
    if (/^locales-[\w-]+\.xml$/.test(f) && f !== 'locales-en-US.xml') await cp(join(cslLocales, f), join(out, 'csl-locales', f));
  }

  const source = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const ff = join(dist, 'firefox');
  await rm(ff, { recursive: true, force: true });
  await cp(out, ff, { recursive: true });
  for (const [browser, dir] of [['chrome', out], ['firefox', ff]]) {
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifestFor(browser, source, pkg.version), null, 2) + '\n');
    if (!args.has('--no-zip')) await zipDir(dir, join(dist, `lectern-${pkg.version}-${browser}.zip`));
  }
}

async function zipDir(dir, target) {
  const files = {};
  async function walk(d, prefix) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p, `${prefix}${e.name}/`);
      else files[`${prefix}${e.name}`] = [new Uint8Array(await readFile(p)), { mtime: new Date('2026-01-01T00:00:00Z') }];
    }
  }
  await walk(dir, '');
  await writeFile(target, zipSync(files, { level: 9 }));
}

/** Node CLI: ESM bundle of src/cli with dependencies left external (installed by npm). */
export async function buildCli() {
  const out = join(dist, 'cli');
  await build({
    ...quiet,
    root,
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      ssr: true,
      rolldownOptions: {
        input: { main: join(root, 'src/cli/main.ts'), 'batch-worker': join(root, 'src/cli/batch-worker.ts') },
        output: { format: 'esm', entryFileNames: '[name].js' },
      },
    },
    ssr: { noExternal: [], external: true },
  });
}

await mkdir(dist, { recursive: true });
if (!args.has('--cli-only')) await buildExtension();
await buildCli();
if (!existsSync(join(dist, 'cli/main.js'))) throw new Error('CLI bundle missing');
console.log(`built ${args.has('--cli-only') ? '' : 'dist/chrome, dist/firefox, '}dist/cli`);
