/** What the app may ask of the map beyond its props: camera commands, a snapshot for a picture, the map for the video recorder, and waiting until what it asked for is drawn. */
import type { Initiative } from '../../data/initiative.ts';
import type { MapSnapshot } from '../../picture/compose.ts';
import type { ExportSize } from '../../picture/export-sizes.ts';
import type { View } from '../../state/app-state.ts';
import type { RecordableMap } from '../../video/recordable.ts';
import type { CameraTarget } from '../recording/record-map.ts';

export interface MapHandle {
  /** The area on screen drawn at exactly `size` pixels, clear of where a picture's overlay goes (offscreen.ts loads on first use). */
  snapshot(size: ExportSize): Promise<MapSnapshot>;
  /** The map as the video recorder drives it, frame by frame (record-map.ts loads on first use). */
  recordable(): Promise<RecordableMap<CameraTarget>>;
  /** Frames the matching set (the user asked); from then on filter changes refit the map again. */
  fit(): void;
  /** Brings an initiative into view beside the detail panel (a pick in the list, a shared link). */
  reveal(initiative: Initiative): void;
  /** Flies to a view (a tour step, a host page). */
  fly(view: View): void;
  /** Resolves once every change asked of the map so far is drawn and the camera is still. */
  whenIdle(): Promise<void>;
}
