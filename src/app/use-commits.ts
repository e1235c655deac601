/**
 * Waiting for a change of state to be on the page: `committed(until, tag)` resolves with the first
 * committed snapshot for which `until` holds, once it is ready (a large dataset's filters apply in a
 * deferred render). `useCommitted` resolves the waits in a passive effect of the explorer, which runs
 * after the map's own effects (children first), so the map has been sent the change by then. A wait
 * with the same tag as an earlier one replaces it (a step skipped before it was shown), which then
 * rejects with `Superseded`.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';

export type Committed<T> = (until: (snapshot: T) => boolean, tag: string) => Promise<T>;

interface Waiter<T> {
  readonly until: (snapshot: T) => boolean;
  readonly tag: string;
  readonly resolve: (snapshot: T) => void;
  readonly reject: (error: Error) => void;
}

/** Why a wait ended without its snapshot: a later wait with the same tag took its place. */
export class Superseded extends Error {
  constructor(tag: string) {
    super(`A later change (${tag}) took the place of this one before the page showed it.`);
    this.name = 'Superseded';
  }
}

export interface Commits<T> {
  readonly committed: Committed<T>;
  /** The waits not yet resolved: for `useCommitted`. */
  readonly waiters: { current: Waiter<T>[] };
}

export function useCommits<T>(): Commits<T> {
  const waiters = useRef<Waiter<T>[]>([]);
  const committed = useCallback<Committed<T>>(
    (until, tag) =>
      new Promise<T>((resolve, reject) => {
        for (const earlier of waiters.current.filter((waiter) => waiter.tag === tag)) earlier.reject(new Superseded(tag));
        waiters.current = [...waiters.current.filter((waiter) => waiter.tag !== tag), { until, tag, resolve, reject }];
      }),
    [],
  );
  return useMemo(() => ({ committed, waiters }), [committed]);
}

/** Resolves the waits that `snapshot` (this render's, once committed) satisfies. */
export function useCommitted<T>({ waiters }: Commits<T>, snapshot: T, ready: boolean): void {
  useEffect(() => {
    if (!ready || waiters.current.length === 0) return;
    const done = waiters.current.filter((waiter) => waiter.until(snapshot));
    waiters.current = waiters.current.filter((waiter) => !done.includes(waiter));
    for (const waiter of done) waiter.resolve(snapshot);
  });
}
