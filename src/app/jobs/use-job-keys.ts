/**
 * While a job runs, the keyboard does not drive the tour (a step change would land in the deck or
 * the video) and Escape cancels the job. Listening in the capture phase keeps the keys from the
 * tour's own handler; Tab still moves focus, and the card's own button answers Enter and Space.
 */
import { useEffect } from 'react';
import type { JobRunner } from '../../lib/job-runner.ts';

export function useJobKeys(runner: JobRunner<string>, running: boolean): void {
  useEffect(() => {
    if (!running) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopImmediatePropagation();
        runner.cancel();
        return;
      }
      const onCard = event.target instanceof Element && event.target.closest('.job-card') !== null;
      if (event.key === 'Tab' || (onCard && (event.key === 'Enter' || event.key === ' '))) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [runner, running]);
}
