/**
 * The clock of a video recording (loaded with the recorder). Camera flights run on MapLibre's
 * clock, stopped with `setNow`; the fade and the arc flow run on frames from frame-clock.ts, held
 * here. Time moves only when the recorder sets it, so each frame of the video shows its exact
 * moment however long the machine takes to draw it (hubble.gl's way).
 */
import { restoreNow, setNow } from 'maplibre-gl';
import { setFrameSource } from '../animation/frame-clock.ts';

type FrameCallback = (now: number) => void;

export interface FrozenClock {
  /** The time (performance.now()'s timebase) at which the clock stopped: `set(0)` means this moment. */
  readonly startMs: number;
  /** Moves every animation to `ms` after the start and runs the frame callbacks due. */
  set(ms: number): void;
  /** Gives time back to the browser; held callbacks run on its next frame. */
  release(): void;
}

let running = false;

/** Stops the animation clock at this moment. Only one recording at a time. */
export function freezeClock(): FrozenClock {
  if (running) throw new Error('A video is already being recorded on this page.');
  running = true;
  const startMs = performance.now();
  const queued = new Map<number, FrameCallback>();
  /** Held frames handed to the browser on release: held id → browser id. */
  const handedOver = new Map<number, number>();
  let nextId = -1;
  let frozen = true;
  setFrameSource({
    request(callback) {
      const id = nextId--;
      queued.set(id, callback);
      return id;
    },
    cancel(id) {
      queued.delete(id);
      const browserId = handedOver.get(id);
      if (browserId !== undefined) cancelAnimationFrame(browserId);
      handedOver.delete(id);
    },
  });
  setNow(startMs);
  return {
    startMs,
    set(ms) {
      if (!frozen) throw new Error('The animation clock was released.');
      const now = startMs + ms;
      setNow(now);
      // Callbacks ask for their next frame while they run: those wait for the next `set`.
      const due = [...queued.values()];
      queued.clear();
      for (const callback of due) callback(now);
    },
    release() {
      if (!frozen) return;
      frozen = false;
      running = false;
      setFrameSource(null);
      restoreNow();
      for (const [id, callback] of queued) {
        handedOver.set(
          id,
          requestAnimationFrame((now) => {
            handedOver.delete(id);
            callback(now);
          }),
        );
      }
      queued.clear();
    },
  };
}
