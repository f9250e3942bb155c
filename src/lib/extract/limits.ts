// Size and shape checks before any work, and the mapping of whatever Readability or the DOM throws
// to one clear LecternError (SECURITY.md G1, G2, G8, R22).
import { LecternError } from '../errors';
import { bodyOf, countElements, rootElement } from './safe-dom';

export const DEFAULT_MAX_ELEMENTS = 60_000;
/** Article HTML beyond this cannot cross the extension's message boundary comfortably (R9). */
export const MAX_HTML_CHARS = 5_000_000;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Start tags in raw HTML, counted before any parse: a parser builds one element per start tag (give
 * or take implied ones and "<a" inside scripts), so a page far over the element limit can be refused
 * in milliseconds instead of after a parse that takes a minute and hundreds of MB.
 */
export function countStartTags(html: string): number {
  let count = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) count++;
  }
  return count;
}

/** Slack over the element limit for the raw count, which overcounts tags in scripts and comments. */
export const START_TAG_SLACK = 1.5;

/** Throws 'not-html' or 'too-large'; returns the element count (reused as Readability's cap). */
export function checkDocument(doc: Document, maxElements: number): number {
  const type = (doc.contentType || 'text/html').toLowerCase();
  const root = rootElement(doc);
  const body = bodyOf(doc); // via the prototype: <img name="body"> is not the body (F8)
  if (!HTML_TYPES.has(type) || !root || !body || body.localName !== 'body') {
    throw new LecternError('not-html', `This is not an HTML article page (${type}${body ? '' : ', no body'}).`);
  }
  const count = countElements(doc);
  if (count > maxElements) {
    throw new LecternError('too-large', `Page too large to extract: ${count} elements (limit ${maxElements}).`);
  }
  return count;
}

/** Map anything thrown during extraction to a LecternError with a readable message. */
export function toLecternError(err: unknown): LecternError {
  if (err instanceof LecternError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof RangeError || /call stack|too much recursion/i.test(message)) {
    return new LecternError('too-large', 'Page structure too deeply nested to extract.', { cause: err });
  }
  if (/^Aborting parsing document/.test(message)) {
    return new LecternError('too-large', `Page too large to extract (${message}).`, { cause: err });
  }
  return new LecternError('parse-failed', `Couldn't parse this page: ${message.slice(0, 200)}`, { cause: err });
}
