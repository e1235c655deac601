/** What the app may ask of the map beyond its props: camera commands, image export, and waiting until what it asked for is drawn. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Initiative } from '../../data/initiative.ts';
import type { View } from '../../state/app-state.ts';
import type { ExportSize, ImageOverlay } from '../recording/export-image.ts';
import type { MapVideoRequest } from '../recording/record-map.ts';
import type { RecordedVideo, VideoProgress } from '../../video/record.ts';

export interface MapHandle {
  /** A PNG of the current view at exactly `size` pixels, with the overlay drawn in. */
  exportPng(size: ExportSize, overlay: ImageOverlay): Promise<Blob>;
  /** Frames the matching set (the user asked); from then on filter changes refit the map again. */
  fit(): void;
  /** Brings an initiative into view beside the detail panel (a pick in the list, a shared link). */
  reveal(initiative: Initiative): void;
  /** Flies to a view (a tour step, a host page). */
  fly(view: View): void;
  /** A tour recorded frame by frame as a video (record-map.ts and its encoders load on first use). */
  recordVideo(request: MapVideoRequest, onProgress: (progress: VideoProgress) => void, signal: AbortSignal): Promise<RecordedVideo>;
  /** Resolves once every change asked of the map so far is drawn and the camera is still. */
  whenIdle(): Promise<void>;
  /** The live map, once loaded: for instrumentation (tests, benchmarks) and recorders, not for drawing. */
  liveMap(): MapLibreMap | null;
  /** Resolves with the live map once its style is loaded (the same map as `liveMap`). */
  loaded(): Promise<MapLibreMap>;
  /** How many initiatives' features are drawn now (the first drawn picture marks the end of loading). */
  drawnCount(): number;
}
