// `lectern`: the pure core of the extension, on the command line (CONTRACT.md).
import { parseArgs } from 'node:util';
import { loadPage } from './read-page';
import { pageResult, type ExtractJson } from './page-result';
import { formatResult, FORMATS, type Format } from './formats';
import { runBatch, DEFAULT_PAGE_TIMEOUT_S } from './batch';
import type { StyleId } from '../lib/citation';
import { STYLE_IDS } from './style-ids';

const EXTRACT_USAGE = `  lectern extract <file.html|http(s) URL> [--url <url>] [--format json|text|markdown|html]
  lectern extract --batch <list.jsonl> [--timeout <seconds per page, default 120>]`;
const CITE_USAGE = `  lectern cite <file.html|http(s) URL> [--url <url>] --style <style> [--locale en-US|fr-FR|...]
styles: ${STYLE_IDS.join(', ')}`;
const USAGE = `usage:\n${EXTRACT_USAGE}\n${CITE_USAGE}`;
const HELP = { type: 'boolean', short: 'h' } as const;

function help(usage: string): number {
  process.stdout.write(`usage:\n${usage}\n`);
  return 0;
}

class UsageError extends Error {}

/** A file or URL read and extracted. An http(s) source is its own URL, a file's URL may come from its canonical link. */
async function readResult(source: string, url: string | undefined): Promise<ExtractJson> {
  const page = await loadPage(source, url);
  return pageResult({ html: page.html, url: page.url, explicitUrl: url !== undefined || /^https?:/i.test(source) });
}

function fail(message: string, code: number): never {
  process.stderr.write(`lectern: ${message}\n`);
  process.exit(code);
}

async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' }, format: { type: 'string', default: 'json' }, batch: { type: 'string' }, timeout: { type: 'string' }, help: HELP } });
  if (values.help) return help(EXTRACT_USAGE);
  // Failed pages are error lines in the output, not a failed run: a batch of thousands goes on.
  if (values.batch) {
    const timeout = values.timeout === undefined ? DEFAULT_PAGE_TIMEOUT_S : Number(values.timeout);
    if (!(timeout > 0)) throw new UsageError('--timeout takes a number of seconds');
    await runBatch(values.batch, process.stdout, process.stderr, timeout);
    return 0;
  }
  const [source] = positionals;
  if (!source) throw new UsageError('extract needs a file or URL');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
  const result = await readResult(source, values.url);
  process.stdout.write((await formatResult(result, format)) + '\n');
  if (result.error) return fail(`${source}: ${result.error}`, 3);
  if (!result.readerable) return fail(`${source}: no article found (metadata printed)`, 3);
  return 0;
}

async function cite(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' }, style: { type: 'string' }, locale: { type: 'string' }, help: HELP } });
  if (values.help) return help(CITE_USAGE);
  const [source] = positionals;
  if (!source) throw new UsageError('cite needs a file or URL');
  const style = values.style as StyleId | undefined;
  if (!style) throw new UsageError('cite needs --style');
  if (!STYLE_IDS.includes(style)) throw new UsageError(`unknown style "${style}"`);
  const { renderCitation, resolveLocale, SHIPPED_LOCALES } = await import('../lib/citation');
  // A typo in --locale would silently give English terms and dates: refuse it before any work.
  if (values.locale !== undefined && !resolveLocale(values.locale)) {
    throw new UsageError(`unknown locale "${values.locale}" (${SHIPPED_LOCALES.join(', ')})`);
  }
  const result = await readResult(source, values.url);
  if (result.error) return fail(`${source}: ${result.error}`, 3);
  // A page with no article and no title would cite as "(N.d.)."; with a title it is cited as a web page.
  if (!result.readerable && !result.metadata.title) return fail(`${source}: no article found, nothing to cite`, 3);
  const out = renderCitation(result.metadata, style, values.locale ? { locale: values.locale } : {});
  process.stdout.write(out.text + '\n');
  if (!result.readerable) return fail(`${source}: no article found (cited as a web page)`, 3);
  return 0;
}

// `lectern extract page.html | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'extract') return await extract(rest);
    if (command === 'cite') return await cite(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n${USAGE}`, 2);
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return fail(`${(error as Error).message}\n${USAGE}`, 2);
    return fail(error instanceof Error ? error.message : String(error), 1);
  }
}

process.exitCode = await main(process.argv.slice(2));
