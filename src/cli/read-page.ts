// Reads a page the way a browser would decode it. Saved pages carry no HTTP headers, so the order is
// BOM, then valid UTF-8, then <meta charset>, then windows-1252 (the trafilatura corpus convention,
// which matches what browsers' encoding detectors conclude for saved files). Fetched pages honour
// the Content-Type charset first.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export interface LoadedPage { html: string; url: string; contentType: string }

// Saved news pages with inline scripts and JSON stay under a few MB; past this, parsing alone would
// cost tens of seconds and hundreds of MB, so such a file is refused before it is read into a DOM.
const MAX_BYTES = 16 * 1024 * 1024;

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a <meta> prescan finds in the first bytes (HTML's "prescan a byte stream"). */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 8192));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

// windows-1252 bytes 0x80–0x9F. Node's TextDecoder decodes the "windows-1252" family (which WHATWG
// also uses for latin1, iso-8859-1 and ascii labels) as ISO-8859-1, turning “smart quotes” and €
// into C1 control characters; browsers do not.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    const decoder = new TextDecoder(label, { fatal });
    if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
    return decoder.decode(bytes);
  } catch {
    return null; // unknown label or invalid bytes
  }
}

/**
 * Bytes that no HTML page holds: a NUL in the first 8 KB (executables, images, archives, random data)
 * or mostly C0 control characters. A UTF-16 page declares itself with a BOM, which is checked first.
 * Refusing here keeps garbage out of "text" and costs one scan of 8 KB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes)) return false;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes); // TextDecoder strips the BOM itself
  if (headerCharset) {
    const decoded = tryDecode(bytes, headerCharset, false);
    if (decoded !== null) return decoded;
  }
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return utf8;
  const declared = metaCharset(bytes);
  // A page declaring UTF-8 with broken bytes still decodes as UTF-8, replacing the bad bytes.
  if (declared) {
    const decoded = tryDecode(bytes, declared, false);
    if (decoded !== null) return decoded;
  }
  return decodeWindows1252(bytes);
}

export async function loadPage(source: string, urlOverride?: string): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(source)) return fetchPage(source, urlOverride);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `cannot read ${source}: no such file` : code === 'EISDIR' ? `cannot read ${source}: it is a directory` : `cannot read ${source}: ${code ?? String(error)}`);
  }
  if (bytes.length > MAX_BYTES) throw new Error(`${source} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  if (looksBinary(bytes)) throw new Error(`${source} is not a text or HTML file`);
  return { html: decodeHtml(bytes), url: urlOverride ?? pathToFileURL(resolve(source)).href, contentType: 'text/html' };
}

async function fetchPage(url: string, urlOverride?: string): Promise<LoadedPage> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000), headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' } });
  } catch (error) {
    throw new Error(`cannot fetch ${url}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
  }
  if (!response.ok) throw new Error(`cannot fetch ${url}: HTTP ${response.status}`);
  const contentType = response.headers.get('content-type') ?? 'text/html';
  if (!/html|xml/i.test(contentType)) throw new Error(`${url} is not an HTML page (${contentType.split(';')[0]})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new Error(`${url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  if (looksBinary(bytes)) throw new Error(`${url} is not a text or HTML page`);
  const charset = /charset=([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
  return { html: decodeHtml(bytes, charset), url: urlOverride ?? response.url, contentType };
}
