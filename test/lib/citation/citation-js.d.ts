// Minimal typing for the RIS parser used in round-trip tests (the packages ship no types).
declare module '@citation-js/core' {
  export const plugins: { input: { chainLink(input: string, options: object): unknown } };
}
declare module '@citation-js/plugin-ris';
