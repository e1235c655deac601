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
      const query = withDataset(serializeUrl(next));
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    }, 250),
  );
  useEffect(() => write.current(state), [state]);
  useEffect(() => () => write.current.cancel(), []);
  return [state, setState];
}

/** Which dataset the page loaded is the page's, not the state's (page-url.ts): the rewritten URL keeps it, so a reload loads the same. */
function withDataset(query: string): string {
  if (OPENED.data === 'real') return query;
  return query ? `${query}&data=${OPENED.data}` : `data=${OPENED.data}`;
}
