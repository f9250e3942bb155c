// Renders one CSL item with citeproc-js and the official style XML. Engines are costly to
// build (style parsing, locale merge) so one is cached per style + locale; a render only
// swaps the item. The HTML flavour is checked against a small tag allowlist: anything else
// (which citeproc never emits for our escaped input) falls back to escaped text.
// Locale XML other than en-US comes from the caller (`locales`, see locales.ts): citeproc asks
// for it synchronously while it builds an engine, so it must be at hand before the first render.
import CSL from 'citeproc';
import { escapeHtml } from '../text-safety';
import type { CslItem, CslName } from './csl-item';
import { BUILT_IN_LOCALE, localeFilesFor, resolveLocale, type LocaleXml } from './locales';
import { STYLE_XML } from './styles/csl-styles';
import { EN_US_XML } from './styles/locale-en-us';

interface Cached {
  engine: InstanceType<typeof CSL.Engine>;
  items: Map<string, CslItem>;
}

const engines = new Map<string, Cached>();
let counter = 0;

export { resolveLocale, SHIPPED_LOCALES } from './locales';

/**
 * We only ever render ONE item, so a style's <sort> keys can never change the output; but citeproc
 * 2.4 expands every macro a sort key names inline (citeproc-js PR #276), which made building APA's
 * engine take 1–4 s (the popup froze after "ready"). Without them: ~0.1 s, identical output (issue 7).
 */
function withoutSort(xml: string): string {
  return xml.replace(/<sort>[\s\S]*?<\/sort>/g, '');
}

function engineFor(styleFile: string, locale: string | undefined, locales: LocaleXml): Cached {
  const key = `${styleFile}|${locale ?? ''}`;
  const hit = engines.get(key);
  if (hit) return hit;
  const xml = STYLE_XML[styleFile];
  if (!xml) throw new Error(`unknown CSL style ${styleFile}`);
  // Refuse here, by name, rather than let citeproc fail on a missing file somewhere inside.
  const missing = localeFilesFor(styleFile, locale).filter((id) => typeof locales[id] !== 'string');
  if (missing.length) throw new Error(`CSL locale not loaded: ${missing.join(', ')}`);
  const style = withoutSort(xml);
  const items = new Map<string, CslItem>();
  const sys = {
    retrieveLocale: (lang: string): string | false => (lang === BUILT_IN_LOCALE ? EN_US_XML : locales[lang] ?? false),
    retrieveItem: (id: string): unknown => items.get(id),
  };
  // forceLang only when the caller chose a locale; otherwise the style's default-locale wins
  // (Cite Them Right is en-GB).
  const engine = locale ? new CSL.Engine(sys, style, locale, true) : new CSL.Engine(sys, style);
  const cached = { engine, items };
  engines.set(key, cached);
  return cached;
}

const ALLOWED_TAG = /<\/?(?:div|span|i|b|em|strong|sup|sub)(?:\s+(?:class|style)="[^"<>]*")*\s*>/g;

function safeHtml(html: string, text: string): string {
  const stripped = html.replace(ALLOWED_TAG, '');
  return /[<>]/.test(stripped) || /&(?!#?\w+;)/.test(stripped) ? escapeHtml(text) : html;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * citeproc-js writes a name family-first without a space ("शर्माप्रिया") unless its family name holds
 * a character of the scripts it knows to be written with spaces (Latin, Greek, Cyrillic, Hebrew,
 * Arabic, Thai): right for Chinese, Japanese and Korean, wrong for Hindi, Bengali, Tamil, Armenian,
 * Georgian… names. Such a family name gets U+202C (one of the invisible characters citeproc's own list
 * counts, and one cleanText strips from every field, so none reaches here from the page) for the
 * render, taken out of what it returns.
 */
const SPACED_MARK = '\u202c';
const EAST_ASIAN = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/u;

function markSpacedScript(name: CslName): CslName {
  const family = name.family;
  if (!family || CSL.ROMANESQUE_REGEXP.test(family) || EAST_ASIAN.test(family) || !/\p{L}/u.test(family)) return name;
  return { ...name, family: family + SPACED_MARK };
}

/**
 * A title's own quotation marks in the page's typography („…“, «…», »…«, “…”) become the straight
 * quotes citeproc knows how to nest: inside a style's quotation marks they turn into the citation
 * language's inner marks (“‘Wir schaffen das’ – …” in English, « “Nous sommes en guerre” : … » in
 * French) instead of « « … » … » or „“…” …“. Only balanced pairs change; the exports keep the title
 * as written, since this runs for CSL renders only.
 */
const QUOTED = /„([^„“”]+)[“”]|«[\s\u00a0\u202f]*([^«»]+?)[\s\u00a0\u202f]*»|»([^«»]+)«|“([^“”]+)”/g;

export function straightenTitleQuotes(title: string): string {
  return title.replace(QUOTED, (_m, a?: string, b?: string, c?: string, d?: string) => `"${a ?? b ?? c ?? d ?? ''}"`);
}

function forRender(item: CslItem): CslItem {
  const out = item.title ? { ...item, title: straightenTitleQuotes(item.title) } : item;
  return item.author ? { ...out, author: item.author.map(markSpacedScript) } : out;
}

const unmark = (s: string): string => s.split(SPACED_MARK).join('');

/**
 * A title that ends in "?" or "!" takes no comma or full stop after it (CMOS 6.119, MLA 9 §1.2):
 * citeproc adds the style's delimiter regardless, giving “Is It Over?,”. Closing quotes and tags
 * on either side of the delimiter stay (American style puts the comma inside them: “Is It Over?,”);
 * only a delimiter before a space, a tag or the end goes.
 */
export function dropDelimiterAfterTerminal(html: string): string {
  return html.replace(/([?!])((?:<\/[a-z]+>|[”’"»›」』])*)[.,]((?:<\/[a-z]+>|[”’"»›」』])*)(?=\s|<|$)/g, '$1$2$3');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Plain text of citeproc's HTML: block boundaries become spaces, tags go, entities are decoded
 * in ONE pass (so "&#38;amp;" stays the literal text "&amp;"). Same result as citeproc's own
 * "text" format for our inputs, at half the rendering cost (one pass instead of two).
 */
export function htmlToText(html: string): string {
  return oneLine(
    html
      .replace(/<\/?div[^>]*>/g, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
        if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
        const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
      }),
  );
}

export interface Rendered {
  text: string;
  html: string;
}

export interface CslOutput extends Rendered {
  /** For note styles: the bibliography entry next to the note. */
  bibliography?: Rendered;
}

export function renderCsl(item: CslItem, styleFile: string, locale: string | undefined, note: boolean, locales: LocaleXml): CslOutput {
  const { engine, items } = engineFor(styleFile, resolveLocale(locale), locales);
  // A fresh id per render: citeproc caches item data by id.
  const id = `item-${++counter}`;
  items.clear();
  items.set(id, { ...forRender(item), id });
  engine.updateItems([id]);
  engine.setOutputFormat('html');
  const out = engine.makeBibliography();
  const bhtml = dropDelimiterAfterTerminal(unmark(oneLine(out ? out[1].join('') : '')));
  const btext = htmlToText(bhtml);
  const bibliography = { text: btext, html: safeHtml(bhtml, btext) };
  if (!note) return bibliography;
  const nhtml = dropDelimiterAfterTerminal(unmark(oneLine(engine.makeCitationCluster([{ id }]))));
  const ntext = htmlToText(nhtml);
  return { text: ntext, html: safeHtml(nhtml, ntext), bibliography };
}

/** Build (and cache) the engine for a style + locale without rendering. */
export function warmEngine(styleFile: string, locale: string | undefined, locales: LocaleXml): void {
  engineFor(styleFile, resolveLocale(locale), locales);
}

/** Drop cached engines (tests measuring first-render time). */
export function resetEngines(): void {
  engines.clear();
}
