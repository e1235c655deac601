/**
 * Makes the search texts (`prepareSearch`) while the page is idle after the first render, in slices
 * of a few milliseconds, so that neither the first map nor the first search waits for them all.
 */
import { useEffect } from 'react';
import { prepareSearch, type Prepared } from '../data/filters.ts';

/** Slice length where the browser has no idle callback (Safari): short enough to keep input responsive. */
const SLICE_MS = 8;

export function useSearchWarmup(prepared: Prepared): void {
  useEffect(() => {
    let next = 0;
    let cancel = () => {};
    const step = (more: () => boolean) => {
      next = prepareSearch(prepared, next, more);
      if (next < prepared.initiatives.length) schedule();
    };
    const schedule = () => {
      if (typeof window.requestIdleCallback === 'function') {
        const id = window.requestIdleCallback((deadline) => step(() => deadline.timeRemaining() > 1), { timeout: 2000 });
        cancel = () => window.cancelIdleCallback(id);
      } else {
        const id = window.setTimeout(() => {
          const end = performance.now() + SLICE_MS;
          step(() => performance.now() < end);
        }, 0);
        cancel = () => window.clearTimeout(id);
      }
    };
    schedule();
    return () => cancel();
  }, [prepared]);
}
