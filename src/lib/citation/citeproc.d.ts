// Minimal typing of the parts of citeproc-js (the `citeproc` package) that Lectern uses.
declare module 'citeproc' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): string | false;
    retrieveItem(id: string): unknown;
  }
  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    updateItems(ids: string[]): void;
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    makeBibliography(): [Record<string, unknown>, string[]] | false;
    makeCitationCluster(cites: { id: string }[]): string;
    opt: { development_extensions: Record<string, unknown> };
  }
  const CSL: { Engine: typeof Engine; ROMANESQUE_REGEXP: RegExp };
  export default CSL;
}
