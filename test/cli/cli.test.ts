// The `lectern` command as a user runs it: the built bundle, real files, a real local HTTP server.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/lectern.js');
const article = join(root, 'test/fixtures/e2e/article.html');
const home = join(root, 'test/fixtures/e2e/home.html');
const seed = resolve(root, '../shared/fixtures/seed/francesoir-boukamal.html');

/** Runs the CLI; `closeStdout` shuts its output before the first write, as `head` does after its lines. */
function lectern(args: string[], input?: string, { closeStdout = false } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root });
    if (closeStdout) child.stdout.destroy();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
  });
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/main.js'))) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--cli-only'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('CLI build failed');
  }
}, 120_000);

describe('lectern extract', () => {
  it('prints the CONTRACT JSON for an article', async () => {
    const r = await lectern(['extract', article, '--url', 'https://coastal-ledger.example/local/2025/03/14/harbour-town-tidal-mill']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ url: 'https://coastal-ledger.example/local/2025/03/14/harbour-town-tidal-mill', isNewsArticle: true, readerable: true });
    expect(out.metadata.title).toBe('Harbour town votes to restore its tidal mill');
    expect(out.text).toContain('Councillors in Saltmarsh Quay voted');
    expect(out.text).toMatch(/\n\n/);
    expect(out.html).not.toMatch(/<script|onerror|<form/i);
    expect(Array.isArray(out.removed)).toBe(true);
  });

  it('uses the canonical URL when no --url is given', async () => {
    const out = JSON.parse((await lectern(['extract', article])).stdout);
    expect(out.url).toBe('https://coastal-ledger.example/local/2025/03/14/harbour-town-tidal-mill');
  });

  it.each(['text', 'markdown', 'html'])('prints --format %s', async (format) => {
    const r = await lectern(['extract', article, '--format', format]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Saltmarsh Quay');
    if (format === 'markdown') expect(r.stdout).toMatch(/^# Harbour town/);
  });

  it('fails clearly on a missing file, an unknown format and a page with no article', async () => {
    const missing = await lectern(['extract', '/nonexistent/page.html']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^lectern: cannot read \/nonexistent\/page\.html: no such file\n$/);
    const format = await lectern(['extract', article, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format');
    const none = await lectern(['extract', home]);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain('no article');
    expect(JSON.parse(none.stdout).metadata.title).toBeTruthy(); // metadata still printed
  });

  it('fetches an http URL itself', async () => {
    const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(article)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      const r = await lectern(['extract', `http://127.0.0.1:${port}/story`]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.url).toBe(`http://127.0.0.1:${port}/story`);
      expect(out.text).toContain('tidal mill');
    } finally {
      server.close();
    }
  });

  it('reports an HTTP error as one clear line', async () => {
    const server: Server = createServer((_req, res) => res.writeHead(404).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      const r = await lectern(['extract', `http://127.0.0.1:${port}/gone`]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`lectern: cannot fetch http://127.0.0.1:${port}/gone: HTTP 404`);
    } finally {
      server.close();
    }
  });
});

describe('lectern extract --batch', () => {
  it('streams one line per page and survives broken pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-batch-'));
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(3000)}deep${'</div>'.repeat(3000)}</body></html>`);
    const list = join(dir, 'list.jsonl');
    writeFileSync(list, [
      JSON.stringify({ file: article, url: 'https://coastal-ledger.example/a' }),
      JSON.stringify({ file: join(dir, 'missing.html') }),
      'not json',
      JSON.stringify({ file: deep }),
      JSON.stringify({ file: home }),
    ].join('\n') + '\n');
    const r = await lectern(['extract', '--batch', list, '--timeout', '8']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    const byFile = new Map(lines.map((l) => [l.file, l]));
    expect(byFile.get(article).readerable).toBe(true);
    expect(byFile.get(join(dir, 'missing.html')).error).toContain('no such file');
    expect(byFile.get(null).error).toContain('bad list line');
    // Either a clear error or a (slow) result, never a hang or a crash of the run.
    expect(byFile.get(deep)).toBeDefined();
    expect(byFile.get(home).readerable).toBe(false);
  }, 60_000);
});

describe('lectern on bad input: a clear message, the right status, bounded cost', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bad-'));
  const file = (name: string, data: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };

  it.each([['extract'], ['cite']])('%s --help prints its usage and exits 0', async (command) => {
    const r = await lectern([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`lectern ${command} <file.html`);
    expect(r.stderr).toBe('');
  });

  it('refuses an executable or random bytes as "not a text or HTML file" (exit 1), printing nothing', async () => {
    const elf = file('tool.html', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)]));
    for (const args of [['extract', elf], ['cite', elf, '--style', 'apa']]) {
      const r = await lectern(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/not a text or HTML file\n$/);
    }
  });

  it('cite on an empty file says there is no article (exit 3) instead of printing "(n.d.)."', async () => {
    const r = await lectern(['cite', file('empty.html', ''), '--style', 'apa']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no article found');
  });

  it('cite on a page with no article cites it as a web page and says so (exit 3)', async () => {
    const r = await lectern(['cite', home, '--style', 'apa']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('(n.d.)');
    expect(r.stderr).toContain('cited as a web page');
  });

  it('an unknown --locale is refused (exit 2), a language alone picks its locale', async () => {
    const bad = await lectern(['cite', article, '--style', 'apa', '--locale', 'xx-YY']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown locale "xx-YY"');
    const fr = await lectern(['cite', article, '--style', 'apa', '--locale', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain('mars');
  });

  it('a page far over the element limit is refused in seconds with its metadata, not after a full parse', async () => {
    const body = '<div><p>Paragraph with a few words in it.</p></div>\n'.repeat(80_000);
    const big = file('big.html', `<html><head><title>Big page</title></head><body>${body}</body></html>`);
    const started = Date.now();
    const r = await lectern(['extract', big]);
    expect(Date.now() - started).toBeLessThan(5_000); // 9 s and 830 MB before the prescan
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('too large');
    expect(JSON.parse(r.stdout).metadata.title).toBe('Big page');
  }, 30_000);

  it('a page whose <style> holds SCSS (jsdom\'s CSS parser throws on it) is extracted with a note, not exit 1', async () => {
    const scss = '$gutter: 2rem;\n.a { width: calc(100% - #{$gutter}); &:hover { color: darken($c, 10%); } }\n@media (max-width: $bp) { .b { width: calc(100% - #{$g}); } }';
    const para = '<p>The council met on Tuesday evening and voted, after a long debate, to keep the library open for another year.</p>';
    const page = file('scss.html', `<html><head><title>Library stays open</title><style>${scss}</style></head><body><article><h1>Library stays open</h1>${para.repeat(4)}</article></body></html>`);
    const r = await lectern(['extract', page, '--url', 'https://news.example/library']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.text).toContain('voted, after a long debate');
    expect(out.notes.join(' ')).toContain('<style> blocks could not be parsed');
  });

  it('exits quietly when the reader closes the pipe (| head)', async () => {
    const r = await lectern(['extract', article, '--format', 'html'], undefined, { closeStdout: true });
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(/);
    expect(r.code).toBe(0);
  });
});

describe('lectern cite', () => {
  it('prints an APA reference', async () => {
    const r = await lectern(['cite', article, '--style', 'apa']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ellison, M.');
    expect(r.stdout).toContain('(2025, March 14)');
  });

  it('rejects an unknown style', async () => {
    const r = await lectern(['cite', article, '--style', 'turabian-1937']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown style');
  });

  it.skipIf(!existsSync(seed))('cites the seed replica as AFP, 18 November 2017, France-Soir', async () => {
    const r = await lectern(['cite', seed, '--style', 'apa']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('AFP. (2017, November 18). Le régime syrien reprend le contrôle quasi total de Boukamal');
    expect(r.stdout).toContain('France-Soir');
  });
});

describe.skipIf(!existsSync(seed))('the seed replica', () => {
  it('extracts as the CONTRACT says', async () => {
    const r = await lectern(['extract', seed]);
    const out = JSON.parse(r.stdout);
    const expected = JSON.parse(readFileSync(seed.replace('.html', '.expected.json'), 'utf8'));
    expect(out.url).toBe(expected.url);
    expect(out.isNewsArticle).toBe(true);
    expect(out.metadata.authors).toEqual([{ name: 'AFP', kind: 'organization' }]);
    const norm = (s: string): string => s.replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
    for (const keep of expected.mustKeep) expect(norm(out.text)).toContain(norm(keep));
    for (const drop of expected.mustDrop) expect(norm(out.text)).not.toContain(norm(drop));
    expect(out.removed.some((r: { rule: string }) => r.rule === 'donation-appeal')).toBe(true);
  });
});
