// Page markup can shadow Document members by name (`<form name="querySelector">`, SECURITY.md F8):
// Document is [LegacyOverrideBuiltIns], and Chrome's isolated world still honours it. These helpers
// call the prototype's own members, which page markup cannot replace.

type DocMember = 'querySelector' | 'querySelectorAll' | 'getElementsByTagName' | 'documentElement' | 'cloneNode' | 'body' | 'createTreeWalker';

function protoDescriptor(obj: object, name: DocMember): PropertyDescriptor | undefined {
  // Start at the prototype: named properties live on the instance, never on the prototype chain.
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  while (proto) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (desc) return desc;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return undefined;
}

export function query(doc: Document, selector: string): Element | null {
  const fn = protoDescriptor(doc, 'querySelector')?.value as Document['querySelector'] | undefined;
  return (fn ?? doc.querySelector).call(doc, selector);
}

export function queryAll(doc: Document, selector: string): NodeListOf<Element> {
  const fn = protoDescriptor(doc, 'querySelectorAll')?.value as Document['querySelectorAll'] | undefined;
  return (fn ?? doc.querySelectorAll).call(doc, selector);
}

export function byTag(doc: Document, tag: string): HTMLCollectionOf<Element> {
  const fn = protoDescriptor(doc, 'getElementsByTagName')?.value as Document['getElementsByTagName'] | undefined;
  return (fn ?? doc.getElementsByTagName).call(doc, tag);
}

/** Element count (live collection length: no array is built). */
export function countElements(doc: Document): number {
  return byTag(doc, '*').length;
}

export function rootElement(doc: Document): Element | null {
  const get = protoDescriptor(doc, 'documentElement')?.get;
  const el: unknown = get ? get.call(doc) : doc.documentElement;
  return el && (el as Node).nodeType === 1 ? (el as Element) : null;
}

/** Deep copy of the document through Node.prototype.cloneNode (a name can shadow doc.cloneNode). */
export function cloneDocument(doc: Document): Document {
  const fn = protoDescriptor(doc, 'cloneNode')?.value as Node['cloneNode'] | undefined;
  return (fn ?? doc.cloneNode).call(doc, true) as Document;
}

export function bodyOf(doc: Document): HTMLElement | null {
  const get = protoDescriptor(doc, 'body')?.get;
  const el: unknown = get ? get.call(doc) : doc.body;
  return el && (el as Node).nodeType === 1 ? (el as HTMLElement) : null;
}

export function elementWalker(doc: Document, root: Node): TreeWalker {
  const fn = protoDescriptor(doc, 'createTreeWalker')?.value as Document['createTreeWalker'] | undefined;
  return (fn ?? doc.createTreeWalker).call(doc, root, 0x1 /* NodeFilter.SHOW_ELEMENT */);
}

/**
 * Elements inside el, counted natively (no wrapper per element) through Element.prototype: a form's
 * control named "getElementsByTagName" shadows the member on the form itself (SECURITY.md F8).
 */
export function descendantCount(el: Element): number {
  let proto: object | null = Object.getPrototypeOf(el) as object | null;
  while (proto) {
    const fn = Object.getOwnPropertyDescriptor(proto, 'getElementsByTagName')?.value as Element['getElementsByTagName'] | undefined;
    if (fn) return fn.call(el, '*').length;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return el.getElementsByTagName('*').length;
}
