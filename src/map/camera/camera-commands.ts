/** What the app asks of the camera through the map handle: frame the matching set, bring one initiative into view, fly to a view. */
import type { Initiative } from '../../data/initiative.ts';
import type { View } from '../../state/app-state.ts';
import { nearestCopy } from './camera.ts';
import { fitSelection } from './fit.ts';
import { frameFor } from './frame.ts';
import { prefersReducedMotion, type MapSession } from '../owner/map-session.ts';

/** Room kept on the right for the detail panel. */
const PANEL_INSET = 440;

/** Frames the matching set (the user asked): filters refit the map again from now on. */
export function fitMatching(session: MapSession, initiatives: readonly Initiative[], filtered: boolean): void {
  session.userMoved = false;
  fitSelection(session.map, initiatives, !filtered, 0, !prefersReducedMotion());
}

/** Brings `initiative` into view beside the detail panel, moving only if it is not in view already. */
export function reveal(session: MapSession, initiative: Initiative): void {
  const { map } = session;
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const panel = Math.min(PANEL_INSET, width * 0.45);
  const margin = 60;
  const northWest = map.unproject([margin, margin]);
  const southEast = map.unproject([width - panel - margin, height - margin]);
  const visible: [[number, number], [number, number]] = [
    [northWest.lng, southEast.lat],
    [southEast.lng, northWest.lat],
  ];
  const frame = frameFor(initiative, map.getCenter().lng, visible, map.getZoom());
  if (frame) {
    map.fitBounds(frame, {
      padding: { top: 60, bottom: 60, left: 60, right: panel + 40 },
      maxZoom: 5,
      duration: prefersReducedMotion() ? 0 : 700,
    });
  }
}

/** Flies to `view` (a tour step, a host page), the short way round the globe; cuts under reduced motion. */
export function flyTo(session: MapSession, view: View): void {
  const { map } = session;
  const center: [number, number] = [nearestCopy(view.lng, map.getCenter().lng), view.lat];
  if (prefersReducedMotion()) map.jumpTo({ center, zoom: view.zoom });
  else map.flyTo({ center, zoom: view.zoom, duration: 1200 });
}
