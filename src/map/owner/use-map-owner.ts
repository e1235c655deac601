/**
 * The one owner of the MapLibre map: it adopts the map the page started early (start-map.ts) or
 * starts one, adds the controls and the handlers, sends the country names once the initiatives
 * are drawn, and removes the map when the component goes. The concerns drawn on the map are the
 * sync modules' (sync/); this hook hands them the session once the map's style is loaded.
 */
import { AttributionControl, NavigationControl } from 'maplibre-gl';
import { useEffect, useState, type RefObject } from 'react';
import { errorMessage } from '../../lib/error-message.ts';
import type { View } from '../../state/app-state.ts';
import type { PageBasemap } from '../../data/basemap.ts';
import { INDO_PACIFIC_BOUNDS, OPENING_PADDING, viewFromCamera } from '../camera/camera.ts';
import { attachInteraction, type InteractionCallbacks } from './interaction.ts';
import { DETAIL_LOAD_ZOOM, SOURCES } from '../style/layers.ts';
import { drawnCount, newSession, type MapSession } from './map-session.ts';
import { startMap, takeEarlyMap, type MapErrorEvent, type StartedMap } from './start-map.ts';
import { setSourceData } from '../style/sources.ts';
import { attachLightMode } from './light-mode.ts';
import type { RenderMode } from '../../state/frame-params.ts';
import { redrawAtZoom } from '../sync/initiatives.ts';
import { addOptionalLayers } from '../sync/optional-layers.ts';

export const ATTRIBUTION = 'Basemap: Natural Earth via world-atlas · Data: FOIP Atlas from MOFA documents';

export interface OwnerCallbacks extends InteractionCallbacks {
  onViewChange(view: View): void;
  onError(message: string): void;
  /** Whether the dataset is empty (country names then come at once). */
  readonly datasetEmpty: boolean;
}

export interface OwnedMap {
  /** The live map's session, once its style is loaded; null before and where the map could not start. */
  readonly session: MapSession | null;
  readonly basemap: PageBasemap | null;
  /** The map could not start (no WebGL2). */
  readonly unavailable: boolean;
  /** The camera is at or beyond DETAIL_LOAD_ZOOM: site zoom is near (sync/detail-basemap.ts). */
  readonly detailNear: boolean;
}

export function useMapOwner(
  container: RefObject<HTMLDivElement | null>,
  initialView: View | null,
  callbacks: () => OwnerCallbacks,
  render: RenderMode = 'auto',
): OwnedMap {
  const [session, setSession] = useState<MapSession | null>(null);
  const [basemap, setBasemap] = useState<PageBasemap | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [detailNear, setDetailNear] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // An effect event (MapView's useEffectEvent): each call reads the latest props.
    const on = callbacks;
    let started: StartedMap;
    let detachLight = () => undefined as void;
    try {
      started = takeEarlyMap(element) ?? startMap(element, initialView);
    } catch (error) {
      // No WebGL2 (or it failed to start): say so; the list, filters, details and downloads carry on.
      setUnavailable(true);
      on().onError(errorMessage(error));
      return;
    }
    const { map } = started;
    // The camera is set before any handler listens, so it does not count as the user's move.
    if (initialView) map.jumpTo({ center: [initialView.lng, initialView.lat], zoom: initialView.zoom });
    else map.fitBounds(INDO_PACIFIC_BOUNDS, { padding: OPENING_PADDING, duration: 0 });
    const live = newSession(started, initialView !== null);
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: false, customAttribution: ATTRIBUTION }), 'bottom-right');

    map.on('error', (event) => on().onError(mapErrorMessage(event)));
    for (const event of started.takeErrors()) on().onError(mapErrorMessage(event));
    // A lost WebGL context (a GPU reset, too many tabs) is restored by MapLibre when the browser allows.
    map.on('webglcontextlost', () => on().onError('The map’s graphics context was lost; it will come back when the browser restores it.'));
    map.on('webglcontextrestored', () => on().onError(''));
    let labels: PageBasemap['labels'] | null = null;
    void started.loaded.then(() => {
      if (live.removed) return;
      addOptionalLayers(live);
      detachLight = attachLightMode(live, render);
      setSession(live);
    });
    started.basemap.then(
      (loaded) => {
        if (live.removed) return;
        labels = loaded.labels;
        setBasemap(loaded);
      },
      (error: unknown) => on().onError(errorMessage(error)),
    );

    // Only the crossings of DETAIL_LOAD_ZOOM reach React, not every zoom frame.
    let near = map.getZoom() >= DETAIL_LOAD_ZOOM;
    setDetailNear(near);
    map.on('zoom', () => {
      redrawAtZoom(live);
      if (near !== map.getZoom() >= DETAIL_LOAD_ZOOM) setDetailNear((near = !near));
    });
    map.on('movestart', (event) => {
      live.settled = false;
      if ('originalEvent' in event && event.originalEvent) live.userMoved = true;
    });
    map.on('moveend', () => on().onViewChange(viewFromCamera(map.getCenter(), map.getZoom())));
    map.on('idle', () => {
      // Country names come once the initiatives are on screen: shaping ~240 names in local fonts
      // would otherwise hold back the first picture by a few hundred milliseconds.
      if (labels && (drawnCount(live) > 0 || on().datasetEmpty)) {
        setSourceData(live, SOURCES.labels, labels);
        labels = null;
        return;
      }
      live.settled = true;
    });
    // While the arcs flow the map repaints all the time and never goes idle: a drawn frame with
    // nothing left to load or move then counts as settled.
    map.on('render', () => {
      if (live.flowing && !labels && map.loaded() && !map.isMoving()) live.settled = true;
    });
    attachInteraction(live, on);

    return () => {
      detachLight();
      live.removed = true;
      setSession(null);
      map.remove();
      started.host.remove();
    };
    // The map is created once per mount; the initial view is read only then.
  }, []);

  return { session, basemap, unavailable, detailNear };
}

/** What the map's `error` event says to the user: a failed basemap file by name (MapLibre's worker fetches it: load-basemap.ts). */
export function mapErrorMessage(event: MapErrorEvent): string {
  const message = event.error?.message ?? 'The map reported an error.';
  return event.sourceId === SOURCES.countries || event.sourceId === SOURCES.borders
    ? `The basemap could not be loaded (${message}).`
    : message;
}
