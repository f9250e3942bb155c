// Reader styles: one constructable stylesheet adopted by the shadow root, so page CSP / Trusted Types
// cannot block it (SECURITY.md H2) and page styles cannot reach in (H1). A <style> element is the
// fallback where adopting a sheet from an isolated world fails.

export const READER_CSS = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
.reader {
  --bg: #fbfaf7; --fg: #1d1d1b; --muted: #5f5d58; --accent: #1f6f5c; --rule: #dedbd3; --bar: #f1efe9;
  position: fixed; inset: 0; display: flex; flex-direction: column; background: var(--bg); color: var(--fg);
  font: 16px/1.4 system-ui, sans-serif; color-scheme: light;
}
.reader[data-theme="dark"] { --bg: #17181a; --fg: #e6e4df; --muted: #a3a09a; --accent: #7cc7b1; --rule: #34363a; --bar: #202225; color-scheme: dark; }
.reader[data-theme="sepia"] { --bg: #f4ecd8; --fg: #3b2f20; --muted: #6e5f4b; --accent: #7a4b16; --rule: #dccfb2; --bar: #ebe0c6; }
@media (prefers-color-scheme: dark) {
  .reader[data-theme="auto"] { --bg: #17181a; --fg: #e6e4df; --muted: #a3a09a; --accent: #7cc7b1; --rule: #34363a; --bar: #202225; color-scheme: dark; }
}
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; padding: 8px 16px; background: var(--bar); border-bottom: 1px solid var(--rule); font-size: 13px; }
.toolbar label { display: inline-flex; gap: 6px; align-items: center; color: var(--muted); }
.toolbar .spacer { flex: 1; }
button, select, input { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--rule); border-radius: 4px; padding: 3px 8px; }
input[type="range"] { padding: 0; width: 90px; accent-color: var(--accent); }
button { cursor: pointer; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.scroll { flex: 1; overflow: auto; overscroll-behavior: contain; }
.scroll:focus { outline: none; }
article { max-width: var(--width, 68ch); margin: 0 auto; padding: 32px 24px 96px; font-size: var(--size, 19px); line-height: var(--leading, 1.6); font-family: var(--font, Georgia, serif); overflow-wrap: anywhere; }
header h1 { font-size: 1.7em; line-height: 1.2; margin: 0 0 0.4em; }
header p { margin: 0.2em 0; color: var(--muted); font-size: 0.8em; font-family: system-ui, sans-serif; }
.content img, .content video { max-width: 100%; height: auto; }
.img-held { display: block; margin: 0.6em 0; padding: 0.9em 1em; border: 1px dashed var(--rule); border-radius: 4px; color: var(--muted); font: italic 0.75em/1.4 system-ui, sans-serif; }
.img-held img { display: none; }
.images-held { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; max-width: var(--width, 68ch); margin: 12px auto 0; padding: 0 24px; color: var(--muted); font: 13px/1.4 system-ui, sans-serif; }
.content a { color: var(--accent); }
.content figure { margin: 1.2em 0; }
.content figcaption { color: var(--muted); font-size: 0.8em; }
.content blockquote { border-left: 3px solid var(--rule); margin-left: 0; padding-left: 1em; color: var(--muted); }
.content pre { overflow: auto; font-size: 0.85em; }
.content table { display: block; overflow: auto; border-collapse: collapse; }
.empty { color: var(--muted); font-style: italic; }
@media print {
  .toolbar { display: none; }
  .reader { position: static; background: #fff; color: #000; }
  .scroll { overflow: visible; }
  article { max-width: none; padding: 0; }
}
`;

/** Printing while reader mode is on shows only the article: the page beneath is hidden in print. */
export const PRINT_PAGE_CSS = `@media print {
  html > body { display: none !important; }
  html > lectern-reader { position: static !important; display: block !important; }
}`;

export function adoptStyles(target: ShadowRoot | Document, css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}

export function dropStyles(target: ShadowRoot | Document, sheet: CSSStyleSheet | null): void {
  if (!sheet) return;
  try {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch { /* the page replaced its sheets: nothing of ours left to drop */ }
}
