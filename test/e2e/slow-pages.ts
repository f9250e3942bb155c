// Pages for slow-page.e2e.ts, generated at test time (never committed: the long one is megabytes):
// a 30,000-paragraph article (G4) and articles whose second half the server sends late (R14).
import type { Route } from './harness';

const HEAD = (title: string): string => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | The Estuary Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Estuary Gazette">
<meta property="article:published_time" content="2025-06-02T08:00:00+00:00">
<script>
  // The page watches itself: the test checks that reading it changed nothing (G4 "page untouched").
  window.__mutationLog = [];
  new MutationObserver((records) => { for (const r of records) window.__mutationLog.push(r.type + ':' + r.target.nodeName); })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
</script>
</head><body><header><a href="/">The Estuary Gazette</a></header><main><article>
<h1>${title}</h1><p class="byline">By Ines Calloway</p>`;
const TAIL = '</article></main><footer>© The Estuary Gazette</footer></body></html>';

const SENTENCES = [
  'The survey boat logged the channel depth.',
  'Silt from the spring floods narrows the fairway.',
  'Older skippers say the sandbank moves each winter.',
  'Low-water readings go against the last survey.',
];

/**
 * Paragraph n of a long report, numbered so a test can look for the last one. Short (~60
 * characters): 30,000 of them stay under the 2,000,000-character text cap of a result.
 */
export const paragraph = (n: number): string => `<p>Reading ${n}: ${SENTENCES[n % SENTENCES.length]}</p>`;

/** G4: 30,000 paragraphs (about 2 MB), built once per run in memory. */
export function longArticle(count = 30_000): Route {
  let body: Buffer | undefined;
  return (_req, res) => {
    body ??= Buffer.from(HEAD('Every sounding of the estuary, logged') + Array.from({ length: count }, (_, i) => paragraph(i + 1)).join('\n') + TAIL);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) }).end(body);
  };
}

export const LATE_MARKER = 'The dredging vote is set for the first week of July';

/**
 * R14: the head and the first paragraphs at once, the rest `delayMs` later: the document stays in
 * readyState "loading" meanwhile. Padding pushes the first part past any parser buffering.
 */
export function streamedArticle(delayMs: number): Route {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.write(`${HEAD('Harbour board waits for the survey')}${paragraph(1)}${paragraph(2)}<!--${' '.repeat(4096)}-->\n`);
    const timer = setTimeout(() => {
      const rest = Array.from({ length: 12 }, (_, i) => paragraph(i + 3)).join('\n');
      res.end(`${rest}<p>${LATE_MARKER}, after the survey results are published.</p>${TAIL}`);
    }, delayMs);
    res.on('close', () => clearTimeout(timer));
  };
}
