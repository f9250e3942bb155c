// Output formats of `lectern extract`. JSON is the CONTRACT shape; the others are for reading.
import { parseDocument } from './dom';
import type { ExtractJson } from './page-result';

export type Format = 'json' | 'text' | 'markdown' | 'html';
export const FORMATS: readonly Format[] = ['json', 'text', 'markdown', 'html'];

function header(r: ExtractJson): string[] {
  const m = r.metadata;
  const lines = [m.title ?? ''];
  const by = m.authors.map((a) => a.name).join(', ');
  const meta = [by, m.siteName, m.published?.slice(0, 10)].filter(Boolean).join(' · ');
  if (meta) lines.push(meta);
  lines.push(r.url);
  return lines;
}

export async function formatResult(r: ExtractJson, format: Format): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(r, null, 2);
    case 'text':
      return [...header(r), '', r.text].join('\n');
    case 'html':
      return r.html;
    case 'markdown': {
      const { default: TurndownService } = await import('turndown');
      const { doc, close } = parseDocument(`<!doctype html><body>${r.html}`, r.url);
      try {
        const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
        const [title, ...rest] = header(r);
        return [`# ${title}`, '', ...rest.map((l) => `*${l}*`), '', td.turndown(doc.body)].join('\n');
      } finally {
        close();
      }
    }
  }
}
