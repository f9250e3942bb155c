// The extraction pipeline: size checks → clone once → metadata (original, read-only) → one prep walk
// over the clone (prune never-text, lazy images, clobbering names) → depth flattening → pre-clean →
// Readability 0.6.0 → post-clean → figures → completeness (lede) → text → detect verdict.
// The input document is never mutated. Article.html is NOT sanitized: every sink runs lib/sanitize.
import { outletNames, pageHost } from './clean/outlet-voice';
import { Readability } from '@mozilla/readability';
import type { Article, ExtractOptions, Removal } from './types';
import { LecternError } from './errors';
import { isNewsArticle } from './detect';
import { extractMetadata } from './metadata';
import { asWebPage } from './metadata/web-page';
import { cleanArticle, cleanDocument } from './clean';
import { DEFAULT_MAX_ELEMENTS, MAX_HTML_CHARS, checkDocument, toLecternError } from './extract/limits';
import { prepareClone } from './extract/prepare';
import { HARD_DEPTH_LIMIT, flattenDeep, maxDepth } from './extract/flatten-deep';
import { enforceFigureIntegrity } from './extract/figures';
import { findFocus, keptBeside, pruneOutside } from './extract/focus';
import { findMissingLede } from './extract/completeness';
import { placeRemovals, type RemovalAnchors } from './clean/positions';
import { dropTrailingLabels, TRAILING_LABEL_RULE } from './clean/trailing-labels';
import { blockParagraphs, countWords, stripClasses, weightedLength } from './extract/text';
import { bodyOf, cloneDocument, rootElement } from './extract/safe-dom';

export { LecternError } from './errors';

/** Below this much clean text (in European-letter equivalents: extract/text.ts), an extracted block is
 *  not called an article. */
const MIN_ARTICLE_CHARS = 400;

type Parsed = { root: Element; dir?: 'ltr' | 'rtl' } | null;

function runReadability(clone: Document, maxElements: number): Parsed {
  // The serializer hands back Readability's own content element (in the clone): no serialise →
  // re-parse round trip, and no HTML parsing outside sanitize.ts.
  const reader = new Readability<Element>(clone, {
    charThreshold: 500,
    // Classes stay until post-clean (the cleaning rules read class/id hints); stripped below.
    keepClasses: true,
    maxElemsToParse: maxElements,
    serializer: (node: Node) => node as Element,
  });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : undefined;
  return { root: parsed.content, dir };
}

function prependParagraphs(root: Element, texts: readonly string[]): void {
  const host = root.firstElementChild?.localName === 'div' ? root.firstElementChild : root;
  const doc = root.ownerDocument;
  for (const text of [...texts].reverse()) {
    const p = doc.createElement('p');
    p.textContent = text; // text only: recovered content never carries page markup
    host.prepend(p);
  }
}

/** Extract the article of `doc` (never mutated). Throws only LecternError (code says why). */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): Article {
  try {
    return extractUnguarded(doc, url, opts);
  } catch (err) {
    throw toLecternError(err);
  }
}

/**
 * Runs a step the article can do without (figures, trailing labels, lede recovery, restore
 * positions): when it throws on a page, the page goes on without it and a note says which step.
 */
function optional<T>(notes: string[], step: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof LecternError) throw err;
    notes.push(`step-skipped: ${step} failed on this page and was left out (${err instanceof Error ? err.message.slice(0, 120) : 'error'})`);
    return fallback;
  }
}

function extractUnguarded(doc: Document, url: string, opts: ExtractOptions): Article {
  const maxElements = opts.maxElements ?? DEFAULT_MAX_ELEMENTS;
  checkDocument(doc, maxElements);
  // Clone first: a pathological tree (too deep to copy) fails here in milliseconds, before any
  // selector work on the original. The live document is read exactly once (SECURITY.md F6).
  const lap = opts.lap ?? ((): void => undefined);
  const clone = cloneDocument(doc);
  lap('clone');
  const metadata = extractMetadata(doc, url, { now: opts.now });
  lap('metadata');
  const lang = metadata.lang ?? (rootElement(doc)?.getAttribute('lang') || undefined);
  // Each removal's neighbours: its restore position is worked out once the article is final.
  const anchors = new Map<Removal, RemovalAnchors>();
  const failed = new Set<string>();
  const notes: string[] = [];
  // The outlet's names, from what the page says of itself: its self-promotion names it (outlet-voice.ts).
  const outlet = outletNames({ siteName: metadata.siteName, publisher: metadata.publisher, url });
  const cleanOpts = { disabledRules: opts.disabledRules, extraSelectors: opts.extraSelectors, lang, anchors, kept: new WeakMap<Element, number>(), failed, outlet, host: pageHost(url) };
  const base: Article = {
    url,
    isNewsArticle: false,
    readerable: false,
    metadata,
    text: '',
    html: '',
    removed: [],
    wordCount: 0,
  };

  prepareClone(clone);
  // Readability's cost explodes with nesting depth: unwrap over-deep wrappers, refuse what stays deep.
  const body = bodyOf(clone);
  if (body && flattenDeep(body) > 0 && maxDepth(body) > HARD_DEPTH_LIMIT) {
    throw new LecternError('too-large', 'Page structure too deeply nested to extract.');
  }
  const focus = body ? optional(notes, 'focus', () => findFocus(body), undefined) : undefined;
  lap('prepare');
  let removed: Removal[] = cleanDocument(clone, { ...cleanOpts, region: focus?.region, keepBeside: keptBeside });
  // After cleaning (which names the appeals and sign-ups found beside the article), before Readability.
  if (body && focus) pruneOutside(body, focus.region);
  lap('clean-document');
  const parsed = runReadability(clone, maxElements);
  lap('readability');
  // Detection after extraction: when structured data is inconclusive, whether an article came out
  // is a better (and free) answer than isProbablyReaderable's second scan of the page.
  if (!parsed) return { ...base, metadata: asWebPage(metadata, doc.title), isNewsArticle: isNewsArticle(doc, url, { readerable: false }).verdict, removed };
  const { root, dir } = parsed;
  removed = removed.concat(cleanArticle(root, cleanOpts), optional(notes, 'figures', () => enforceFigureIntegrity(root, anchors), []));
  // Last: a label is left dangling by what the passes above (and Readability) took away.
  if (!opts.disabledRules?.includes(TRAILING_LABEL_RULE)) removed = removed.concat(optional(notes, 'trailing-labels', () => dropTrailingLabels(root, anchors), []));
  lap('clean-article');

  let paragraphs = blockParagraphs(root);
  const lede = optional(notes, 'lede', () => findMissingLede(doc, paragraphs, removed), { paragraphs: [], notes: [] });
  if (lede.paragraphs.length) {
    prependParagraphs(root, lede.paragraphs);
    paragraphs = [...lede.paragraphs, ...paragraphs];
  }
  stripClasses(root);
  optional(notes, 'positions', () => placeRemovals(root, anchors), undefined);
  for (const id of failed) notes.push(`rule-skipped: ${id} failed on this page and was left out`);
  notes.push(...lede.notes);
  const html = root.innerHTML; // getter only: serialisation for the message boundary / CLI
  if (html.length > MAX_HTML_CHARS) {
    throw new LecternError('too-large', `Article too large (${html.length} characters of HTML).`);
  }
  const text = paragraphs.join('\n\n');
  const readerable = weightedLength(text) >= MIN_ARTICLE_CHARS;
  const verdict = isNewsArticle(doc, url, { readerable }).verdict;
  lap('finish');
  return {
    ...base,
    isNewsArticle: verdict,
    readerable,
    // No article: the page is cited as what it is (web-page.ts), not with its teasers' bylines and dates.
    ...(readerable ? {} : { metadata: asWebPage(metadata, doc.title) }),
    text,
    html,
    removed,
    ...(dir ? { dir } : {}),
    wordCount: countWords(text),
    ...(notes.length ? { notes } : {}),
  };
}
