/**
 * Offline after one visit: registers the service worker once the map is first drawn (so neither its
 * code nor its precaching competes with the first render), and returns the action that switches to a
 * waiting update and reloads, or null while there is none.
 */
import { useEffect, useState, type RefObject } from 'react';
import { errorMessage } from '../../lib/error-message.ts';
import type { MapHandle } from '../../map/owner/map-handle.ts';
import { offlineWorker } from './offline-support.ts';

/** Where the map does not draw (no WebGL2), the worker is registered after this long instead. */
const UNDRAWN_MS = 10_000;

export function useOfflineUpdate(map: RefObject<MapHandle | null>): (() => void) | null {
  const [update, setUpdate] = useState<(() => void) | null>(null);
  useEffect(() => {
    // Constant in each build: the single-file build drops the rest of this effect, and its import.
    if (!import.meta.env.FOIP_SERVICE_WORKER) return;
    const file = offlineWorker(import.meta.env.FOIP_SERVICE_WORKER, {
      isSecureContext: window.isSecureContext,
      protocol: window.location.protocol,
      hasServiceWorker: 'serviceWorker' in navigator,
    });
    if (!file.ok) return;
    let live = true;
    const drawn = map.current?.whenIdle() ?? Promise.resolve();
    const late = new Promise<void>((resolve) => window.setTimeout(resolve, UNDRAWN_MS));
    void Promise.race([drawn, late])
      .then(() => import('./service-worker.ts'))
      .then(({ registerServiceWorker }) =>
        live
          ? registerServiceWorker(
              navigator.serviceWorker,
              file.value,
              (activate) => live && setUpdate(() => activate),
              () => window.location.reload(),
            )
          : null,
      )
      .then(
        (registered) => {
          if (registered && !registered.ok) console.warn(registered.error);
        },
        (error: unknown) => console.warn(`Offline use is not available: ${errorMessage(error)}`),
      );
    return () => {
      live = false;
    };
  }, [map]);
  return update;
}
