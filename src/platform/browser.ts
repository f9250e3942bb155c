// The one import of webextension-polyfill: every other module reaches browser APIs through here,
// so Chrome's callback-era quirks and Firefox's native `browser` look the same to our code.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Storage, Menus, Scripting } from 'webextension-polyfill';
