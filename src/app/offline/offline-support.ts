/** Whether this page can work offline: a service worker was built with it and the browser can run it here. */
import { err, ok, type Result } from '../../lib/result.ts';

/** What the decision reads of the page. */
export interface PageContext {
  readonly isSecureContext: boolean;
  readonly protocol: string;
  readonly hasServiceWorker: boolean;
}

export type NoOffline = 'not-built' | 'insecure' | 'unsupported';

/**
 * The worker's file to register, or why there is none: not built (dev server, single file), not a
 * secure http(s) page (service workers need one: https, or http on loopback), or no service workers
 * in this browser (some private modes).
 */
export function offlineWorker(file: string | undefined, page: PageContext): Result<string, NoOffline> {
  if (!file) return err('not-built');
  if (!page.isSecureContext || (page.protocol !== 'https:' && page.protocol !== 'http:')) return err('insecure');
  if (!page.hasServiceWorker) return err('unsupported');
  return ok(file);
}
