// One manifest source for both browsers; each build gets only the keys its browser understands,
// so neither logs "unrecognized manifest key" warnings (SECURITY.md C.1 "background" row).
export function manifestFor(browser, source, version) {
  const m = structuredClone(source);
  m.version = version;
  if (browser === 'chrome') {
    m.background = { service_worker: source.background.service_worker };
    delete m.browser_specific_settings;
  } else {
    // Firefox MV3 has no extension service worker: an event page runs the same classic script.
    m.background = { scripts: source.background.scripts };
    delete m.externally_connectable; // Chrome-only key; Firefox never allows web pages to connect.
    delete m.minimum_chrome_version;
  }
  return m;
}
