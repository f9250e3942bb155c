// Per-tab detector results in storage.session: survives service-worker restarts (SECURITY R6),
// cleared when the browser closes, never written to disk.
import browser from './browser';
import type { DetectResult } from '../lib/types';

export interface TabDetection { url: string; detect: DetectResult }
const key = (tabId: number): string => `tab:${tabId}`;

export async function setDetection(tabId: number, value: TabDetection | null): Promise<void> {
  if (value === null) await browser.storage.session.remove(key(tabId));
  else await browser.storage.session.set({ [key(tabId)]: value });
}

export async function getDetection(tabId: number): Promise<TabDetection | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabDetection | undefined) ?? null;
}
