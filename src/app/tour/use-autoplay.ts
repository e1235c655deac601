/** Autoplay: the next step on a timer (autoplay tours loop, others stop at the end); a hidden tab stops playing. */
import { useEffect } from 'react';
import type { Tour } from '../../state/tour.ts';

interface Autoplay {
  readonly playing: boolean;
  readonly active: Tour | null;
  readonly step: number;
  readonly intervalMs: number;
  readonly present: (tourId: string, index: number) => void;
  readonly setPlaying: (playing: boolean) => void;
}

export function useAutoplay({ playing, active, step, intervalMs, present, setPlaying }: Autoplay): void {
  useEffect(() => {
    if (!playing || !active) return;
    const timer = setTimeout(() => {
      const last = step >= active.steps.length - 1;
      if (!last) present(active.id, step + 1);
      else if (active.kind === 'autoplay') present(active.id, 0);
      else setPlaying(false);
    }, intervalMs);
    return () => clearTimeout(timer);
  }, [playing, active, step, intervalMs, present, setPlaying]);

  // The browser stops animation frames in a hidden tab anyway.
  useEffect(() => {
    const onVisibility = () => {
      if (document.hidden) setPlaying(false);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [setPlaying]);
}
