// Helpers shared by the experience e2e files (popup, copy, reader, options).
import type { Lectern } from './harness';

/** Opens the harness's helper extension page (used by extEval/tabId) before a test needs it. */
export async function warmUp(lectern: Lectern): Promise<void> {
  await lectern.extEval(() => true);
}
