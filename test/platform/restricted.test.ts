import { describe, expect, it } from 'vitest';
import { injectionProblem, samePage, urlProblem } from '../../src/platform/restricted';

describe('urlProblem', () => {
  it.each([
    ['https://news.example/a', null],
    ['http://127.0.0.1:8080/story.html', null],
    ['chrome://settings', 'restricted'],
    ['about:blank', 'restricted'],
    ['about:reader?url=https://x.example', 'restricted'],
    ['view-source:https://x.example', 'restricted'],
    ['data:text/html,hi', 'restricted'],
    ['chrome-extension://abc/popup.html', 'restricted'],
    ['moz-extension://abc/popup.html', 'restricted'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.org/files/report.PDF', 'pdf'],
    ['file:///home/me/page.html', 'file-access'],
    ['not a url', 'restricted'],
    [undefined, null],
  ] as const)('%s → %s', (url, expected) => {
    expect(urlProblem(url, false)).toBe(expected);
  });

  it('lets file:// through when the user allowed file access', () => {
    expect(urlProblem('file:///home/me/page.html', true)).toBeNull();
  });
});

describe('injectionProblem', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'restricted'],
    ['Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'store'],
    ['Missing host permission for the tab', 'restricted'],
    ['Something odd', 'failed'],
  ])('%s → %s', (message, expected) => {
    expect(injectionProblem(new Error(message))).toBe(expected);
  });
});

describe('samePage', () => {
  it('ignores fragments and unknown tab URLs, not paths', () => {
    expect(samePage('https://a.example/x#top', 'https://a.example/x')).toBe(true);
    expect(samePage('https://a.example/x', undefined)).toBe(true);
    expect(samePage('https://a.example/x', 'https://a.example/y')).toBe(false);
  });
});
