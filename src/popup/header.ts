// The metadata header: every field editable in place (plain text only) with where it came from;
// each edit hands a new Metadata to onChange, which re-renders the citation at once.
import { t, uiLanguage } from '../platform/i18n';
import type { Creator, Metadata } from '../lib/types';
import { formatDate, hostOf, isoDay, readingMinutes } from '../reader/format';
import { $, byTestId } from './state';

type Field = 'title' | 'authors' | 'siteName' | 'published' | 'modified';
const TEST_IDS: Readonly<Record<Field, string>> = { title: 'title', authors: 'authors', siteName: 'site', published: 'published', modified: 'modified' };
const SOURCES: ReadonlyArray<[RegExp, string]> = [
  [/^page-text$/, 'sourcePageText'],
  [/^json-?ld/i, 'sourceJsonLd'], [/^(og|opengraph)/i, 'sourceOpenGraph'], [/^meta:(og|article):/i, 'sourceOpenGraph'],
  [/highwire|citation_/i, 'sourceHighwire'], [/dublin|^dc[.:]/i, 'sourceDublinCore'], [/parsely/i, 'sourceParsely'],
  [/^meta/i, 'sourceMeta'], [/byline/i, 'sourceByline'], [/time/i, 'sourceTime'], [/^(url|tab|host)/i, 'sourceUrl'],
  [/title/i, 'sourceTitle'], [/edit/i, 'sourceEdited'],
];

export function sourceLabel(provenance: string | undefined): string {
  if (!provenance) return t('sourceNone');
  const hit = SOURCES.find(([re]) => re.test(provenance));
  return hit ? t(hit[1]) : provenance;
}

function parseAuthors(text: string, previous: readonly Creator[]): Creator[] {
  return text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean).slice(0, 50).map((name) => {
    const known = previous.find((c) => c.name === name);
    if (known) return known;
    const parts = name.split(/\s+/);
    const family = parts.pop() ?? name;
    return parts.length ? { name, kind: 'person', given: parts.join(' '), family } : { name, kind: 'person', family };
  });
}

function editable(el: HTMLElement): void {
  try {
    el.contentEditable = 'plaintext-only';
  } catch {
    el.contentEditable = 'true'; // engines without plaintext-only: paste is forced to text below
  }
  el.spellcheck = false;
  el.addEventListener('paste', (e) => {
    e.preventDefault();
    document.execCommand('insertText', false, e.clipboardData?.getData('text/plain') ?? '');
  });
  el.addEventListener('keydown', (e) => { if (e.key === 'Enter') e.preventDefault(); });
}

function renderKinds(meta: Metadata, onChange: (m: Metadata) => void): void {
  const box = $('#author-kinds');
  box.replaceChildren(...meta.authors.map((c, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'chip';
    // The names are in the authors field just above: a chip says only what each one is (numbered,
    // in the field's order, when there are several), and names it to screen readers.
    const kind = t(c.kind === 'organization' ? 'kindOrganization' : 'kindPerson');
    b.textContent = meta.authors.length > 1 ? `${i + 1} · ${kind}` : kind;
    b.setAttribute('aria-label', `${c.name}: ${kind}. ${t('kindToggle')}`);
    b.title = `${c.name}: ${t('kindToggle')}`;
    b.addEventListener('click', () => {
      const authors = meta.authors.map((a, j) => (j === i ? { name: a.name, kind: a.kind === 'person' ? 'organization' as const : 'person' as const } : a));
      onChange({ ...meta, authors, provenance: { ...meta.provenance, authors: 'edited' } });
    });
    return b;
  }));
}

/** Fill the header and wire the edits. */
export function renderHeader(meta: Metadata, pageUrl: string, wordCount: number, onChange: (m: Metadata) => void): void {
  let current = meta;
  const update = (next: Metadata): void => {
    current = next;
    renderKinds(current, update);
    onChange(current);
  };
  const values: Record<Field, string> = {
    title: meta.title ?? '', authors: meta.authors.map((a) => a.name).join('; '), siteName: meta.siteName ?? '',
    published: isoDay(meta.published), modified: isoDay(meta.modified),
  };
  for (const field of Object.keys(TEST_IDS) as Field[]) {
    const el = byTestId(TEST_IDS[field]);
    el.textContent = values[field];
    el.dir = 'auto';
    editable(el);
    // "from <source>" only when there is a source: a missing field says so in a sentence of its own
    // ("d’après introuvable" read as broken French).
    const provenance = meta.provenance[field];
    const note = provenance ? t('provenanceFrom', sourceLabel(provenance)) : values[field] ? '' : t('sourceNone');
    const hint = el.parentElement?.querySelector<HTMLElement>('.prov');
    if (hint) hint.textContent = note;
    el.title = note;
    if (field === 'published' || field === 'modified') {
      const iso = meta[field];
      if (iso) el.title = [formatDate(iso, uiLanguage()), el.title].filter(Boolean).join(' — ');
    }
    el.addEventListener('input', () => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const next: Metadata = { ...current, provenance: { ...current.provenance, [field]: 'edited' } };
      if (field === 'authors') next.authors = parseAuthors(el.textContent ?? '', current.authors);
      else if (text) next[field] = text;
      else delete next[field];
      update(next);
    });
  }
  $('#host').textContent = hostOf(pageUrl);
  const minutes = readingMinutes(wordCount, meta.lang);
  $('#reading-time').textContent = minutes ? t('headerReadingTime', String(minutes)) : '';
  renderKinds(meta, update);
}
