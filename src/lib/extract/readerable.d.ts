// Types for the readerable-only entry of @mozilla/readability (its index.d.ts covers only the main
// entry). Importing this path keeps Readability itself out of the detector's bundle.
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
