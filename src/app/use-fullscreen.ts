/** Presenter mode: the whole app fullscreen, with the chrome hidden. */
import { useCallback, useEffect, useState } from 'react';

export function useFullscreen(): { active: boolean; toggle: () => void } {
  const [active, setActive] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    // Where fullscreen is refused (an iframe without allow="fullscreen"), presenter mode still works in the window.
    else void document.documentElement.requestFullscreen?.().catch(() => setActive((a) => !a));
  }, []);
  return { active, toggle };
}
