/**
 * The latest committed value, for code that runs later than the render that made it — a job
 * stepping through a tour, the automation API, a host page's message. The value is stored after
 * each commit (a layout effect), never during render, and the getter keeps its identity.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useLatest<T>(value: T): () => T {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return useCallback(() => ref.current, []);
}
