/**
 * The clock the map's animations run on. Camera flights run on MapLibre's clock (`now()`); the
 * fade of arriving and leaving initiatives (fade.ts) and the flow of the partner arcs (MapView)
 * ask for frames here instead of from `requestAnimationFrame`. Normally both are the browser's
 * own time. While a video is recorded, `freezeClock` stops them: MapLibre's with `setNow`, ours
 * by holding the frame callbacks, and time moves only when the recorder sets it, so each frame
 * of the video shows its exact moment however long the machine takes to draw it (hubble.gl's way).
 */
import { restoreNow, setNow } from 'maplibre-gl';

type FrameCallback = (now: number) => void;

interface Frozen {
  now: number;
  readonly queued: Map<number, FrameCallback>;
}

let frozen: Frozen | null = null;
/** Held frames get negative ids, so they never collide with the browser's (positive) ones. */
let nextHeldId = -1;
/** Held frames handed to the browser when the clock was released: held id → browser id. */
const handedOver = new Map<number, number>();

/** `requestAnimationFrame`, except that while the clock is frozen the callback waits for the next `set`. */
export function requestFrame(callback: FrameCallback): number {
  if (!frozen) return requestAnimationFrame(callback);
  const id = nextHeldId--;
  frozen.queued.set(id, callback);
  return id;
}

export function cancelFrame(id: number): void {
  if (id >= 0) return cancelAnimationFrame(id);
  frozen?.queued.delete(id);
  const browserId = handedOver.get(id);
  if (browserId !== undefined) cancelAnimationFrame(browserId);
  handedOver.delete(id);
}

export interface FrozenClock {
  /** The time (performance.now()'s timebase) at which the clock stopped: `set(0)` means this moment. */
  readonly startMs: number;
  /** Moves every animation to `ms` after the start and runs the frame callbacks due. */
  set(ms: number): void;
  /** Gives time back to the browser; held callbacks run on its next frame. */
  release(): void;
}

/** Stops the animation clock at this moment. Only one recording at a time. */
export function freezeClock(): FrozenClock {
  if (frozen) throw new Error('A video is already being recorded on this page.');
  const startMs = performance.now();
  const state: Frozen = { now: startMs, queued: new Map() };
  frozen = state;
  setNow(startMs);
  return {
    startMs,
    set(ms) {
      if (frozen !== state) throw new Error('The animation clock was released.');
      state.now = startMs + ms;
      setNow(state.now);
      // Callbacks ask for their next frame while they run: those wait for the next `set`.
      const due = [...state.queued.values()];
      state.queued.clear();
      for (const callback of due) callback(state.now);
    },
    release() {
      if (frozen !== state) return;
      frozen = null;
      restoreNow();
      for (const [id, callback] of state.queued) {
        handedOver.set(
          id,
          requestAnimationFrame((now) => {
            handedOver.delete(id);
            callback(now);
          }),
        );
      }
      state.queued.clear();
    },
  };
}
