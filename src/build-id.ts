// Identifies one build of the extension. Code injected into a page stays in its isolated world
// until the page navigates; after an update, the popup must not talk to the old copy.
declare const __LECTERN_BUILD__: string | undefined;

export const BUILD_ID: string = typeof __LECTERN_BUILD__ === 'string' ? __LECTERN_BUILD__ : 'dev';
