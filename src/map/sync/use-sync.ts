/** Runs one concern (sync.ts) against the live map whenever its input changes. */
import { useEffect, useRef } from 'react';
import type { MapSession } from '../owner/map-session.ts';
import type { Sync } from './sync.ts';

/** `input` should keep its identity while nothing in it changes (a memoised object). */
export function useSync<Input, Diff>(session: MapSession | null, sync: Sync<Input, Diff>, input: Input): void {
  const previous = useRef<{ session: MapSession; input: Input } | null>(null);
  const cleanup = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!session) return;
    const prev = previous.current?.session === session ? previous.current.input : null;
    const diff = sync.diff(prev, input);
    previous.current = { session, input };
    if (diff === null) return;
    cleanup.current?.();
    cleanup.current = sync.apply(session, diff) ?? null;
  }, [session, sync, input]);
  useEffect(
    () => () => {
      if (session && !session.removed) cleanup.current?.();
      cleanup.current = null;
    },
    [session],
  );
}
