// schema.org JSON-LD: resolves @graph and @id links (readability #932), arrays of authors
// (#617), Person/Organization objects or plain strings, publisher, dates, language, section.
import type { Candidate, RawCreator } from './candidates';
import { isUrlLike, pushText } from './candidates';
import { elementsByTag } from './dom-scan';

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|Posting)$/;
const ORG_TYPE = /(Organization|NewsMediaOrganization|Corporation|NGO|GovernmentOrganization)$/;

/** JSON-LD facts used by item-type.ts besides the field candidates. */
export interface JsonLdInfo {
  candidates: Candidate[];
  /** @type values of the main node, e.g. ["NewsArticle"]. */
  types: string[];
  /** @type values of its publisher and of what it isPartOf. */
  publisherTypes: string[];
  partOfTypes: string[];
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function typesOf(n: Node): string[] {
  return asArray(n['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

/** Parse every ld+json block into a flat node list (top-level arrays and @graph unrolled). */
export function readJsonLdNodes(doc: Document): Node[] {
  const nodes: Node[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    for (const item of asArray(v)) {
      if (!item || typeof item !== 'object') continue;
      const n = item as Node;
      if (n['@graph'] !== undefined) visit(n['@graph'], depth + 1);
      if (n['@type'] !== undefined || n['@id'] !== undefined) nodes.push(n);
    }
  };
  // <script> by tag index, type compared as the selector [type="application/ld+json" i] would (ASCII case-insensitive).
  for (const s of elementsByTag(doc, 'script')) {
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    const raw = s.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    try {
      // Some CMSes wrap the JSON in <!-- --> or (X)HTML CDATA markers.
      const json = raw.replace(/^\s*(\/\/\s*)?(<!--|<!\[CDATA\[)/, '').replace(/(\/\/\s*)?(-->|\]\]>)\s*$/, '');
      visit(JSON.parse(json), 0);
    } catch {
      // Invalid JSON-LD is common (trailing commas, raw newlines): skip that block.
    }
  }
  return nodes;
}

function makeResolver(nodes: Node[]): (v: unknown) => unknown {
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  return (v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const n = v as Node;
      const id = n['@id'];
      // A bare {"@id": ...} reference: follow it to the full node.
      if (typeof id === 'string' && Object.keys(n).length <= 2 && byId.has(id)) return byId.get(id);
    }
    return v;
  };
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (v && typeof v === 'object') {
    const n = v as Node;
    return textOf(n['@value'] ?? n.name);
  }
  return undefined;
}

function creatorsOf(v: unknown, resolve: (v: unknown) => unknown): RawCreator[] {
  const out: RawCreator[] = [];
  for (const item of asArray(v).slice(0, 200)) {
    const r = resolve(item);
    if (typeof r === 'string') {
      if (!isUrlLike(r)) out.push({ name: r });
      continue;
    }
    if (!r || typeof r !== 'object') continue;
    const n = r as Node;
    const name = textOf(n.name) ?? [textOf(n.givenName), textOf(n.familyName)].filter(Boolean).join(' ');
    if (!name || isUrlLike(name)) continue;
    const kind = typesOf(n).some((t) => ORG_TYPE.test(t)) ? 'organization' : typesOf(n).includes('Person') ? 'person' : undefined;
    const c: RawCreator = { name };
    if (kind) c.kind = kind;
    const given = textOf(n.givenName);
    const family = textOf(n.familyName);
    if (given && family) Object.assign(c, { given, family });
    out.push(c);
  }
  return out;
}

/**
 * headline vs name: like Readability, take the one that matches the document <title> (Wikipedia's
 * "headline" is a Wikidata description such as "Wikimedia list article").
 */
function pickTitle(headline: string | undefined, name: string | undefined, docTitle: string): string | undefined {
  if (!headline || !name || headline === name) return headline ?? name;
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const t = key(docTitle);
  if (t.includes(key(name)) && !t.includes(key(headline))) return name;
  return headline;
}

/** Choose the article node: an Article-like type, preferring one that has a headline. */
function mainNode(nodes: Node[]): Node | undefined {
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  return articles.find((n) => n.headline !== undefined) ?? articles[0] ?? nodes.find((n) => typesOf(n).includes('WebPage'));
}

export function fromJsonLd(doc: Document): JsonLdInfo {
  const nodes = readJsonLdNodes(doc);
  const info: JsonLdInfo = { candidates: [], types: [], publisherTypes: [], partOfTypes: [] };
  const main = mainNode(nodes);
  if (!main) return info;
  const resolve = makeResolver(nodes);
  const out = info.candidates;
  info.types = typesOf(main);
  pushText(out, 'title', pickTitle(textOf(main.headline), textOf(main.name), doc.title), 'json-ld', 'json-ld');
  const authors = creatorsOf(main.author ?? main.creator, resolve);
  if (authors.length) out.push({ field: 'authors', value: authors, source: 'json-ld', from: 'json-ld' });
  pushText(out, 'published', textOf(main.datePublished) ?? textOf(main.dateCreated), 'json-ld', 'json-ld');
  pushText(out, 'modified', textOf(main.dateModified), 'json-ld', 'json-ld');
  pushText(out, 'lang', textOf(main.inLanguage), 'json-ld', 'json-ld');
  pushText(out, 'section', textOf(main.articleSection), 'json-ld', 'json-ld');
  pushText(out, 'description', textOf(main.description), 'json-ld', 'json-ld');
  pushText(out, 'url', textOf(main.url) ?? textOf(main.mainEntityOfPage), 'json-ld', 'json-ld');
  const publisher = resolve(asArray(main.publisher)[0]);
  if (publisher && typeof publisher === 'object') {
    info.publisherTypes = typesOf(publisher as Node);
    pushText(out, 'publisher', textOf((publisher as Node).name), 'json-ld', 'json-ld:publisher');
    pushText(out, 'siteName', textOf((publisher as Node).name), 'json-ld', 'json-ld:publisher');
  } else if (typeof publisher === 'string') {
    pushText(out, 'publisher', publisher, 'json-ld', 'json-ld:publisher');
  }
  const partOf = resolve(asArray(main.isPartOf)[0]);
  if (partOf && typeof partOf === 'object') {
    info.partOfTypes = typesOf(partOf as Node);
    pushText(out, 'siteName', textOf((partOf as Node).name), 'json-ld', 'json-ld:isPartOf');
  }
  // The WebSite node of a Yoast-style graph names the site.
  const site = nodes.find((n) => typesOf(n).includes('WebSite'));
  if (site) pushText(out, 'siteName', textOf(site.name), 'json-ld', 'json-ld:WebSite');
  for (const id of asArray(main.identifier).concat(asArray(main.sameAs))) {
    const t = textOf(id);
    if (t && /(^|doi\.org\/|doi:)10\./i.test(t)) pushText(out, 'doi', t, 'json-ld', 'json-ld');
  }
  return info;
}
