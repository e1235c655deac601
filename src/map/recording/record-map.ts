/**
 * The map side of video recording (loaded on first use): MapLibre rendered off-screen at the
 * video's size (offscreen.ts), its clock frozen (frozen-clock.ts), the camera flown with the map's
 * own `flyTo`, and each frame read inside the `render` event once the map has loaded everything that
 * frame needs. It implements the recorder's one interface (src/video/recordable.ts); the recorder,
 * its encoders and the steps are the app's to bring (src/app/jobs/video-job.ts).
 */
import { LngLat, type Map as MapLibreMap } from 'maplibre-gl';
import type { Initiative } from '../../data/initiative.ts';
import type { View } from '../../state/app-state.ts';
import type { RecordableMap } from '../../video/recordable.ts';
import { nearestCopy } from '../camera/camera.ts';
import { FIT_MAX_ZOOM, fitTarget } from '../camera/fit.ts';
import { renderOffscreen, type Offscreen } from './offscreen.ts';
import { freezeClock, type FrozenClock } from './frozen-clock.ts';
import { watchStill, type StillWatch } from './still-map.ts';

/** Where a step puts the camera: its saved view, or framing its initiatives (as the app's tour does). */
export type CameraTarget = { readonly view: View } | { readonly initiatives: readonly Initiative[]; readonly everything: boolean };

/** A frame the map has not finished drawing in this long is reported, not waited for forever. */
const FRAME_TIMEOUT_MS = 60_000;
/** Room around a framed set, beyond what the title, legend and footer cover (CSS pixels). */
const FIT_MARGIN = 30;

export function recordableMap(map: MapLibreMap): RecordableMap<CameraTarget> {
  let offscreen: Offscreen | null = null;
  let clock: FrozenClock | null = null;
  let stillness: StillWatch | null = null;
  let frameCount = 0;
  /** Hands `capture` the canvas as it is, and what it shows. */
  const take = (capture: Parameters<RecordableMap<CameraTarget>['drawn']>[0]) => {
    const bounds = map.getBounds();
    const [west, east] = [bounds.getWest(), bounds.getEast()];
    capture(map.getCanvas(), { west, east: east < west ? east + 360 : east, south: bounds.getSouth(), north: bounds.getNorth() });
  };
  return {
    begin(size) {
      offscreen = renderOffscreen(map, size);
      clock = freezeClock();
      stillness = watchStill(map);
    },
    setTime(ms) {
      if (!clock) throw new Error('The recording has not begun.');
      clock.set(ms);
    },
    moveTo(camera, durationMs) {
      const target = cameraFor(map, camera, offscreen);
      if (!target) return;
      if (durationMs <= 0) map.jumpTo(target);
      // The app's flight between steps, on the frozen clock; `essential`: a video flies even where the viewer asks for reduced motion.
      else map.flyTo({ ...target, duration: durationMs, essential: true });
    },
    drawn(capture, signal) {
      const frame = ++frameCount;
      // Settled since its last frame and asked nothing since (a hold, once fades and tiles are done): the same frame again.
      if (stillness?.still) {
        signal.throwIfAborted();
        take(capture);
        return Promise.resolve('still');
      }
      return new Promise<'drawn' | 'still'>((resolve, reject) => {
        const done = () => {
          map.off('render', onRender);
          signal.removeEventListener('abort', onAbort);
          clearTimeout(timer);
        };
        // `loaded()` after a render: every source and tile that frame needs was in, so it was drawn whole.
        // The canvas keeps its drawing buffer (start-map.ts), and it is read here, before any other frame.
        const onRender = () => {
          if (!map.loaded()) return;
          done();
          try {
            take(capture);
            resolve('drawn');
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
        const onAbort = () => {
          done();
          reject(signal.reason instanceof Error ? signal.reason : new Error('The recording was cancelled.'));
        };
        const timer = setTimeout(() => {
          done();
          const hint = document.hidden
            ? ' The page is in the background, where browsers stop drawing: keep it in front while recording.'
            : '';
          reject(new Error(`The map did not finish drawing frame ${frame} within ${FRAME_TIMEOUT_MS / 1000} s.${hint}`));
        }, FRAME_TIMEOUT_MS);
        map.on('render', onRender);
        signal.addEventListener('abort', onAbort, { once: true });
        map.triggerRepaint();
      });
    },
    end() {
      stillness?.release();
      stillness = null;
      clock?.release();
      clock = null;
      map.stop();
      offscreen?.restore();
      offscreen = null;
    },
  };
}

/** Centre and zoom for a step's camera, in the world copy nearest the current centre (so a flight never goes the long way round). */
function cameraFor(map: MapLibreMap, camera: CameraTarget, offscreen: Offscreen | null): { center: [number, number]; zoom: number } | null {
  const centerLng = map.getCenter().lng;
  if ('view' in camera) return { center: [nearestCopy(camera.view.lng, centerLng), camera.view.lat], zoom: camera.view.zoom };
  const bounds = fitTarget(camera.initiatives, camera.everything, centerLng);
  if (!bounds) return null;
  const clear = offscreen?.padding ?? { top: 0, bottom: 0, left: 0, right: 0 };
  const padding = {
    top: clear.top + FIT_MARGIN,
    bottom: clear.bottom + FIT_MARGIN,
    left: clear.left + FIT_MARGIN,
    right: clear.right + FIT_MARGIN,
  };
  const fitted = map.cameraForBounds(bounds, { padding, maxZoom: FIT_MAX_ZOOM });
  if (!fitted?.center) return null;
  const { lng, lat } = LngLat.convert(fitted.center);
  return { center: [lng, lat], zoom: fitted.zoom ?? map.getZoom() };
}
