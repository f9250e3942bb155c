// The XSS / privacy invariants every sanitized tree must satisfy (shared by the table and the
// property tests). Returns a list of violations, empty when the tree is safe.

export const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'template', 'slot', 'svg', 'math', 'noscript',
  'video', 'audio', 'source', 'track', 'picture', 'dialog', 'details', 'summary', 'marquee', 'title',
  'foreignobject', 'mglyph', 'animate', 'set', 'xmp', 'noembed', 'noframes', 'plaintext',
]);
const LINK_OK = /^(?:https?:|mailto:|#)/i;
const IMG_OK = /^(?:https:|data:image\/(?:png|gif|jpe?g|webp|avif);base64,)/i;
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'srcset', 'ping', 'data', 'cite', 'longdesc']);
const FORBIDDEN_ATTRS = new Set(['style', 'class', 'srcset', 'sizes', 'popover', 'popovertarget', 'is', 'ping', 'background']);

export function invariantViolations(root: ParentNode, remoteImages: boolean): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag) || tag.includes('-')) out.push(`tag <${tag}>`);
    if (el.shadowRoot) out.push(`shadow root on <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim();
      if (name.startsWith('on')) out.push(`handler ${name} on <${tag}>`);
      if (FORBIDDEN_ATTRS.has(name) || name.startsWith('data-')) out.push(`attribute ${name} on <${tag}>`);
      if (name === 'href' && !LINK_OK.test(value)) out.push(`href ${value.slice(0, 40)}`);
      else if (name === 'src' && (tag !== 'img' || !remoteImages || !IMG_OK.test(value))) out.push(`src ${value.slice(0, 40)} on <${tag}>`);
      else if (URL_ATTRS.has(name) && name !== 'href' && name !== 'src') out.push(`url attribute ${name}`);
      if ((name === 'id' || name === 'name') && !value.startsWith('user-content-')) out.push(`unprefixed ${name}=${value}`);
      // Text attributes (alt, title) may say "javascript:" harmlessly; URL-bearing ones may not.
      if ((URL_ATTRS.has(name) || name.endsWith('href')) && /^\s*(?:javascript|vbscript|data:text)/i.test(value)) out.push(`script-ish ${name}`);
    }
    if (tag === 'a' && el.hasAttribute('href') && !el.getAttribute('href')?.startsWith('#')) {
      if (el.getAttribute('target') !== '_blank' || !/noopener/.test(el.getAttribute('rel') ?? '')) out.push('link without target=_blank/noopener');
    }
  }
  return out;
}
