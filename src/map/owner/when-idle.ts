/**
 * `whenIdle`: resolves once every change made so far (filters, marks, layers, camera, fades) is
 * on screen. It first lets React commit and run its effects (a frame and a task), so a change
 * made just before the call counts; then it waits for the map's own `idle` until the session is
 * settled, no fade runs, no large collection is still being sent in parts and the camera is still (while the arcs flow, for a drawn frame with nothing
 * left to load or move). Automation and tests wait on it instead of
 * polling the DOM or sleeping.
 */
import type { MapSession } from './map-session.ts';

export function whenSessionIdle(session: MapSession): Promise<void> {
  const { map } = session;
  return new Promise((resolve) => {
    const check = () => {
      if (session.removed) resolve();
      else if (session.settled && session.fading === 0 && session.feeding === 0 && !map.isMoving() && map.loaded()) resolve();
      // Whatever is pending (a change sent, tiles loading, a flight, a fade) ends in a frame and then
      // `idle`; while the arcs flow there is no `idle`, and each drawn frame is checked instead.
      else map.once(session.flowing ? 'render' : 'idle', check);
    };
    requestAnimationFrame(() => setTimeout(check, 0));
  });
}
