// Which tabs an extension cannot read, decided from the URL before injecting anything (SECURITY.md
// R1–R3), and the mapping of an executeScript rejection to the same codes.

export type PageProblem = 'restricted' | 'store' | 'pdf' | 'file-access' | 'too-large' | 'not-html' | 'changed' | 'failed';

const STORE_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org',
  'accounts.firefox.com', 'support.mozilla.org', 'microsoftedge.microsoft.com']);
const SCRIPTABLE = new Set(['http:', 'https:', 'file:']);

/** Problem with a tab URL, or null when the page may be scripted. `fileAccess` only matters for file:. */
export function urlProblem(url: string | undefined, fileAccess: boolean): PageProblem | null {
  if (url === undefined || url === '') return null; // unknown: try, and map the rejection
  let parsed: URL;
  try { parsed = new URL(url); } catch { return 'restricted'; }
  if (!SCRIPTABLE.has(parsed.protocol)) return 'restricted';
  if (STORE_HOSTS.has(parsed.hostname)) return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  if (parsed.protocol === 'file:' && !fileAccess) return 'file-access';
  return null;
}

/** executeScript rejections → a problem code (messages seen in Chrome and Firefox). */
export function injectionProblem(error: unknown): PageProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/gallery cannot be scripted|webstore/i.test(message)) return 'store';
  if (/file:|file URL/i.test(message)) return 'file-access';
  if (/Cannot access|Missing host permission|permission|restricted|cannot be scripted|No tab|Frame with ID|error page|showing error/i.test(message)) return 'restricted';
  return 'failed';
}

/** Same page? The fragment does not count (in-page anchors, F5). */
export function samePage(a: string, b: string | undefined): boolean {
  if (b === undefined) return true; // no URL access: nothing to compare against
  return a.replace(/#.*$/, '') === b.replace(/#.*$/, '');
}
