// Shared shapes of the pure core. Everything here is plain JSON: it crosses the
// extension's message boundary (Chrome JSON-serialises messages) and the CLI's stdout.

/** A person or an organisation credited as author. */
export interface Creator {
  /** Display name as printed on the page, cleaned ("Jane Doe", "AFP"). */
  name: string;
  kind: 'person' | 'organization';
  /** Only for people, when the name could be split. */
  given?: string;
  family?: string;
  /** Generational suffix kept apart from the family name ("Jr.", "III"). */
  suffix?: string;
}

export type ItemType = 'article-newspaper' | 'article-magazine' | 'post-weblog' | 'webpage';

/** Where a metadata field came from, e.g. "json-ld", "meta:article:published_time", "byline". */
export type Provenance = Partial<Record<keyof Omit<Metadata, 'provenance'>, string>>;

export interface Metadata {
  title?: string;
  authors: Creator[];
  siteName?: string;
  publisher?: string;
  /** ISO 8601, timezone kept as written when the source had one. */
  published?: string;
  modified?: string;
  /** BCP 47 primary tag or full tag as declared ("fr", "en-GB"). */
  lang?: string;
  section?: string;
  /** Syntax-validated DOI claimed by the page (10.xxxx/...). */
  doi?: string;
  description?: string;
  itemType: ItemType;
  /** The citation URL: the tab URL, or canonical when same site. */
  url?: string;
  /** ISO date (YYYY-MM-DD) on which the page was read. */
  accessed?: string;
  provenance: Provenance;
}

/** One block the cleaner took out, shown in the popup's Removed panel (restorable). */
export interface Removal {
  /** Rule id = rule file name = option key, e.g. "donation-appeal". */
  rule: string;
  /** Visible text of the block, whitespace collapsed, capped. */
  text: string;
  /** Sanitizable HTML of the block so that the reader can restore it. */
  html?: string;
  /** Index in the article's top-level block order where it stood (for restore). */
  position?: number;
}

export interface Article {
  url: string;
  isNewsArticle: boolean;
  readerable: boolean;
  metadata: Metadata;
  /** Clean text, paragraphs separated by a blank line. */
  text: string;
  /** Article HTML, NOT yet sanitized for rendering: every DOM sink must go through lib/sanitize. */
  html: string;
  removed: Removal[];
  /** Text direction from the document (ltr/rtl) when known. */
  dir?: 'ltr' | 'rtl';
  /** Words in the clean text (reading time is derived from it). */
  wordCount: number;
  /** Warnings from the completeness check, e.g. a recovered lede. */
  notes?: string[];
}

export interface DetectResult {
  verdict: boolean;
  /** Named signals that fired, e.g. {"json-ld:NewsArticle": true, "og:type": "article"}. */
  signals: Record<string, string | number | boolean>;
}

export interface ExtractOptions {
  /** Rule ids switched off by the user. */
  disabledRules?: readonly string[];
  /** Extra CSS selectors to strip (per-site option). */
  extraSelectors?: readonly string[];
  /** Today, for the access date (injected so that lib stays pure). */
  now?: Date;
  /** Element cap before giving up with a "too large" error. */
  maxElements?: number;
  /**
   * Called as each stage of the pipeline ends (benchmarks time the stages with it; the library never
   * reads a clock itself). Stages, in order: clone, metadata, prepare, clean-document, readability,
   * clean-article, finish.
   */
  lap?: (stage: ExtractStage) => void;
}

export type ExtractStage = 'clone' | 'metadata' | 'prepare' | 'clean-document' | 'readability' | 'clean-article' | 'finish';
