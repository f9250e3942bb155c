// A page with no article (a home page, a section index, search results, a product page) is cited as
// a web page: its own name as the title, no author and no date of its own. What such a page shows
// near its heading belongs to the stories it lists (their bylines and dates), so none of it is kept.
import type { Metadata } from '../types';
import { cleanText } from '../text-safety';

/** `meta` as a web-page citation; `docTitle` is the page's <title>, its name as the browser shows it. */
export function asWebPage(meta: Metadata, docTitle: string | undefined): Metadata {
  const { published: _p, modified: _m, ...rest } = meta;
  const provenance = { ...meta.provenance };
  delete provenance.authors;
  delete provenance.published;
  delete provenance.modified;
  const name = cleanText(docTitle ?? '', 300);
  const title = name || meta.title;
  if (name) provenance.title = 'document-title';
  provenance.itemType = 'not-an-article';
  return { ...rest, ...(title ? { title } : {}), authors: [], itemType: 'webpage', provenance };
}
