// Renders one CSL item with citeproc-js and the official style XML. Engines are costly to
// build (style parsing, locale merge) so one is cached per style + locale; a render only
// swaps the item. The HTML flavour is checked against a small tag allowlist: anything else
// (which citeproc never emits for our escaped input) falls back to escaped text.
import CSL from 'citeproc';
import { escapeHtml } from '../text-safety';
import type { CslItem } from './csl-item';
import { LOCALE_XML, STYLE_XML } from './styles/index';

interface Cached {
  engine: InstanceType<typeof CSL.Engine>;
  items: Map<string, CslItem>;
}

const engines = new Map<string, Cached>();
let counter = 0;

/** Locales we ship; "fr" or "fr-CA" map to the first shipped locale with the same language. */
export const SHIPPED_LOCALES: readonly string[] = Object.keys(LOCALE_XML);

export function resolveLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const want = locale.replace(/_/g, '-').toLowerCase();
  const exact = SHIPPED_LOCALES.find((l) => l.toLowerCase() === want);
  if (exact) return exact;
  const lang = want.split('-')[0];
  return SHIPPED_LOCALES.find((l) => l.toLowerCase().split('-')[0] === lang);
}

function engineFor(styleFile: string, locale: string | undefined): Cached {
  const key = `${styleFile}|${locale ?? ''}`;
  const hit = engines.get(key);
  if (hit) return hit;
  const style = STYLE_XML[styleFile];
  if (!style) throw new Error(`unknown CSL style ${styleFile}`);
  const items = new Map<string, CslItem>();
  const sys = {
    retrieveLocale: (lang: string): string | false => LOCALE_XML[lang] ?? false,
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

export interface Rendered {
  text: string;
  html: string;
}

export interface CslOutput extends Rendered {
  /** For note styles: the bibliography entry next to the note. */
  bibliography?: Rendered;
}

export function renderCsl(item: CslItem, styleFile: string, locale: string | undefined, note: boolean): CslOutput {
  const { engine, items } = engineFor(styleFile, resolveLocale(locale));
  // A fresh id per render: citeproc caches item data by id.
  const id = `item-${++counter}`;
  items.clear();
  items.set(id, { ...item, id });
  engine.updateItems([id]);
  const bib = (format: 'html' | 'text'): string => {
    engine.setOutputFormat(format);
    const out = engine.makeBibliography();
    return out ? out[1].join('') : '';
  };
  const btext = oneLine(bib('text'));
  const bhtml = oneLine(bib('html'));
  const bibliography = { text: btext, html: safeHtml(bhtml, btext) };
  if (!note) return bibliography;
  engine.setOutputFormat('text');
  const ntext = oneLine(engine.makeCitationCluster([{ id }]));
  engine.setOutputFormat('html');
  const nhtml = oneLine(engine.makeCitationCluster([{ id }]));
  return { text: ntext, html: safeHtml(nhtml, ntext), bibliography };
}

/** Drop cached engines (tests measuring first-render time). */
export function resetEngines(): void {
  engines.clear();
}
