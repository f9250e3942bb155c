// Every runtime message in one typed map. Messages travel as {name: payload}; the listener is not
// async and returns undefined for names it does not own, so it never answers another context's
// message (SECURITY.md R10). Requests are validated by shape and sender before any handler runs.
import browser, { type Runtime } from './browser';
import type { DetectResult } from '../lib/types';

export interface Messages {
  /** content script → background: the detector's verdict for the sending tab. */
  pageDetected: { request: { url: string; detect: DetectResult }; response: boolean };
  /** popup → background: what the detector said about a tab (badge state). */
  getDetection: { request: { tabId: number }; response: { url: string; detect: DetectResult } | null };
}

export type MessageName = keyof Messages;
type Req<N extends MessageName> = Messages[N]['request'];
type Res<N extends MessageName> = Messages[N]['response'];
export type Handler<N extends MessageName> = (request: Req<N>, sender: Runtime.MessageSender) => Res<N> | Promise<Res<N>>;
export type Handlers = { [N in MessageName]?: Handler<N> };

/** Which context may send what: content scripts only report about their own top frame. */
const FROM_CONTENT: ReadonlySet<MessageName> = new Set(['pageDetected']);
const MAX_MESSAGE_CHARS = 64_000;

export async function send<N extends MessageName>(name: N, request: Req<N>): Promise<Res<N>> {
  const reply = (await browser.runtime.sendMessage({ [name]: request })) as { ok: Res<N> } | { error: string } | undefined;
  if (!reply) throw new Error(`No answer to ${name}`);
  if ('error' in reply) throw new Error(reply.error);
  return reply.ok;
}

export function isTrustedSender(name: MessageName, sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (sender.tab) return FROM_CONTENT.has(name) && sender.frameId === 0 && typeof sender.tab.id === 'number';
  // Extension pages: no tab, URL under our own origin.
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

export function handle(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
    const keys = Object.keys(message);
    if (keys.length !== 1) return undefined;
    const name = keys[0] as MessageName;
    if (!Object.hasOwn(handlers, name)) return undefined;
    const handler = handlers[name] as Handler<MessageName> | undefined;
    if (!handler || !isTrustedSender(name, sender)) return undefined;
    const payload = (message as Record<string, unknown>)[name];
    if (JSON.stringify(payload ?? null).length > MAX_MESSAGE_CHARS) return Promise.resolve({ error: 'Message too large' });
    return Promise.resolve()
      .then(() => handler(payload as never, sender))
      .then((ok) => ({ ok }), (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  });
}
