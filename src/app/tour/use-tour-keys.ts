/** The keyboard and presentation clickers drive the tour on screen, unless the person is typing. */
import { useEffect, useEffectEvent } from 'react';
import { tourKeyAction, type TourAction } from '../../state/tour.ts';

export function useTourKeys(touring: boolean, act: (action: TourAction) => void): void {
  const onTourKey = useEffectEvent(act);
  useEffect(() => {
    if (!touring) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      // Keys belong to a field being typed in; PageUp/PageDown (what clickers send) still drive the tour.
      const typing = target?.closest(
        'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]), textarea, select, [contenteditable="true"]',
      );
      if (typing && event.key !== 'PageUp' && event.key !== 'PageDown') return;
      // Space and Enter press a focused button (in the tour editor, say), not the tour's "next".
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, summary, a[href]')) return;
      const action = tourKeyAction(event.key);
      if (!action) return;
      event.preventDefault();
      onTourKey(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [touring]);
}
