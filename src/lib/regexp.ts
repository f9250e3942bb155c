// Building regular expressions from word lists and page text: one escape, one alternation.

/** `s` matched literally inside a RegExp (also valid under the u flag). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `words` as one alternation for a RegExp, longest first so that "web desk" wins over "desk". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
