/** App state that mirrors itself into the URL (history.replaceState, throttled). */
import { useEffect, useRef, useState } from 'react';
import { throttle } from '../lib/throttle.ts';
import type { AppState } from '../state/app-state.ts';
import { serializeUrl } from '../state/url.ts';
import { OPENED } from './page-url.ts';

export function useUrlState(initial: AppState): [AppState, (update: (state: AppState) => AppState) => void] {
  const [state, setState] = useState(initial);
  const write = useRef(
    throttle((next: AppState) => {
      const query = withPageParams(serializeUrl(next));
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    }, 250),
  );
  useEffect(() => write.current(state), [state]);
  useEffect(() => () => write.current.cancel(), []);
  return [state, setState];
}

/**
 * Which dataset the page loaded and how its map draws in motion are the page's, not the state's
 * (page-url.ts): the rewritten URL keeps them, so a reload opens the same.
 */
function withPageParams(query: string): string {
  const kept = [OPENED.data !== 'real' ? `data=${OPENED.data}` : '', OPENED.render !== 'auto' ? `render=${OPENED.render}` : ''];
  return [query, ...kept].filter(Boolean).join('&');
}
