/**
 * The map: one owner (use-map-owner.ts) and one sync module per concern (sync/), each diffing its
 * input against the last and applying only what changed. Reading top to bottom: the matching set,
 * the highlights, the regions of region-wide initiatives, the optional layers, the user's own layers, the presenting context and flow, the language, and the
 * refit after a filter change. Camera commands, snapshots and recording go through the handle.
 */
import { lazy, Suspense, useEffect, useEffectEvent, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { Initiative } from '../../data/initiative.ts';
import type { Lang } from '../../lib/lang.ts';
import type { LayerName, View } from '../../state/app-state.ts';
import { fitMatching, flyTo, reveal } from '../camera/camera-commands.ts';
import type { MapHandle } from './map-handle.ts';
import type { ClusterPick, MapHover, UserFeaturePick } from './map-events.ts';
import { installInstrumentation } from './instrumentation.ts';
import { suspendLightMode } from './light-mode.ts';
import type { RenderMode } from '../../state/frame-params.ts';
import { prefersReducedMotion, type MapSession } from './map-session.ts';
import { arcFlowSync } from '../sync/arc-flow.ts';
import { annotatedCountriesSync } from '../sync/annotated-countries.ts';
import type { AnnotationEditing } from '../annotations/AnnotationOverlay.tsx';
import type { Annotation } from '../../data/annotation.ts';
import { cameraSync } from '../sync/camera.ts';
import { contextSync } from '../sync/context.ts';
import { detailBasemapSync } from '../sync/detail-basemap.ts';
import { highlightSync } from '../sync/highlight.ts';
import { initiativesSync } from '../sync/initiatives.ts';
import { languageSync } from '../sync/language.ts';
import { optionalLayersSync } from '../sync/optional-layers.ts';
import { regionsSync } from '../sync/regions.ts';
import { userLayersSync } from '../sync/user-layers.ts';
import { useSync } from '../sync/use-sync.ts';
import type { UserLayer } from '../../user-data/types.ts';
import { useMapOwner } from './use-map-owner.ts';
import { whenSessionIdle } from './when-idle.ts';

export type { MapHandle } from './map-handle.ts';

export interface MapViewProps {
  /** Every initiative of the dataset: a large one is drawn once and filtered in place. */
  readonly dataset: readonly Initiative[];
  /** The matching initiatives: what the map draws. */
  readonly initiatives: readonly Initiative[];
  /** True when filters or a search narrow the set (fitting then frames the set, not the Indo-Pacific). */
  readonly filtered: boolean;
  readonly selected: Initiative | null;
  /** The initiatives hovered in the sidebar (not on the map): a list row's, or a summary bar's. */
  readonly hovered: readonly Initiative[];
  readonly initialView: View | null;
  readonly layers: readonly LayerName[];
  /** The partner filter: with one, the arcs are only those partners' and Japan's. */
  readonly partners?: readonly string[];
  readonly label: string;
  readonly lang: Lang;
  readonly onSelect: (id: string) => void;
  readonly onHover: (hover: MapHover | null) => void;
  readonly onClusterPick: (pick: ClusterPick) => void;
  readonly onViewChange: (view: View) => void;
  readonly onError: (message: string) => void;
  /** While presenting: every initiative, drawn faintly behind the highlighted set. */
  readonly context?: readonly Initiative[] | null;
  /** Animate the partner arcs' flow (presenting, without reduced motion). */
  readonly flowingArcs?: boolean;
  readonly handle?: Ref<MapHandle>;
  /** Shown in place of the map where WebGL2 is not available. */
  readonly unavailableText?: string;
  /** Tests and benchmarks (`?debug`): the instrumentation's globals and marks (instrumentation.ts). */
  readonly instrument?: boolean;
  /** How the map draws while its camera moves (light-mode.ts); `auto` by default. */
  readonly render?: RenderMode;
  /** The user's own layers, drawn below ours (sync/user-layers.ts); none by default. */
  readonly userLayers?: readonly UserLayer[];
  /** Hover and click on a user's feature where none of ours is under the pointer (owner/interaction.ts). */
  readonly onUserFeature?: (pick: UserFeaturePick | null, kind: 'hover' | 'click') => void;
  /** The shown tour step's annotations (annotations/AnnotationOverlay.tsx, sync/annotated-countries.ts); none by default. */
  readonly annotations?: readonly Annotation[];
  /** While the presenter annotates: adding, selecting and moving annotations with the pointer. */
  readonly annotationEditing?: AnnotationEditing | null;
}

const NO_PARTNERS: readonly string[] = [];
const NO_USER_LAYERS: readonly UserLayer[] = [];
const NO_ANNOTATIONS: readonly Annotation[] = [];
// Annotations' drawing and editing load with the first step that has any, or with Annotate mode.
const AnnotationOverlay = lazy(() =>
  import('../annotations/AnnotationOverlay.tsx').then((module) => ({ default: module.AnnotationOverlay })),
);

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  // Read by the map's own event handlers (added once, in the owner's mount effect): always the latest props.
  const callbacks = useEffectEvent(() => ({
    onSelect: props.onSelect,
    onHover: props.onHover,
    onClusterPick: props.onClusterPick,
    onViewChange: props.onViewChange,
    onError: props.onError,
    onUserFeature: props.onUserFeature,
    datasetEmpty: props.dataset.length === 0,
  }));
  const { session, basemap, unavailable, detailNear } = useMapOwner(container, props.initialView, callbacks, props.render);

  const { dataset, initiatives, filtered, selected, hovered, layers, lang, instrument } = props;
  const context = props.context ?? null;
  const partners = props.partners ?? NO_PARTNERS;
  const userLayers = props.userLayers ?? NO_USER_LAYERS;
  const annotations = props.annotations ?? NO_ANNOTATIONS;
  const arcsOn = layers.includes('arcs');
  const flowing = Boolean(props.flowingArcs) && arcsOn && !prefersReducedMotion();
  useSync(
    session,
    initiativesSync,
    useMemo(() => ({ dataset, initiatives }), [dataset, initiatives]),
  );
  useSync(
    session,
    highlightSync,
    useMemo(() => ({ selected, hovered }), [selected, hovered]),
  );
  useSync(
    session,
    regionsSync,
    useMemo(() => ({ initiatives, selected, hovered }), [initiatives, selected, hovered]),
  );
  useSync(
    session,
    optionalLayersSync,
    useMemo(() => ({ on: layers, initiatives, basemap, partners }), [layers, initiatives, basemap, partners]),
  );
  useSync(
    session,
    userLayersSync,
    useMemo(() => ({ layers: userLayers }), [userLayers]),
  );
  useSync(
    session,
    annotatedCountriesSync,
    useMemo(() => ({ annotations }), [annotations]),
  );
  useSync(
    session,
    contextSync,
    useMemo(() => ({ context }), [context]),
  );
  useSync(
    session,
    arcFlowSync,
    useMemo(() => ({ flowing: flowing && basemap !== null }), [flowing, basemap]),
  );
  useSync(
    session,
    languageSync,
    useMemo(() => ({ lang }), [lang]),
  );
  useSync(
    session,
    cameraSync,
    useMemo(() => ({ initiatives, filtered }), [initiatives, filtered]),
  );
  useSync(
    session,
    detailBasemapSync,
    useMemo(() => ({ near: detailNear }), [detailNear]),
  );

  const ready = useFirstSession(session);
  useImperativeHandle(props.handle, () => handleFor(session, ready, { initiatives, filtered }), [session, ready, initiatives, filtered]);
  useEffect(() => (instrument && session ? installInstrumentation(session) : undefined), [instrument, session]);

  return (
    <div
      ref={container}
      className="map"
      role="region"
      aria-label={props.label}
      data-testid="map"
      data-unavailable={unavailable || undefined}
    >
      {session && (annotations.length > 0 || props.annotationEditing) && (
        <Suspense fallback={null}>
          <AnnotationOverlay map={session.map} annotations={annotations} lang={lang} editing={props.annotationEditing ?? null} />
        </Suspense>
      )}
      {unavailable && props.unavailableText && (
        <p className="map-unavailable" role="status">
          {props.unavailableText}
        </p>
      )}
    </div>
  );
}

/** A promise of the first session, so handle commands made before the map has loaded run once it has. */
function useFirstSession(session: MapSession | null): Promise<MapSession> {
  const [first] = useState(() => {
    let resolve: (s: MapSession) => void = () => undefined;
    const promise = new Promise<MapSession>((r) => (resolve = r));
    return { promise, resolve };
  });
  useEffect(() => {
    if (session) first.resolve(session);
  }, [first, session]);
  return first.promise;
}

/** What the handle frames when asked to fit: the matching set as last committed. */
interface Matching {
  readonly initiatives: readonly Initiative[];
  readonly filtered: boolean;
}

function handleFor(current: MapSession | null, ready: Promise<MapSession>, matching: Matching): MapHandle {
  const withSession = (command: (session: MapSession) => void) => {
    if (current) command(current);
    else void ready.then((s) => !s.removed && command(s));
  };
  const loaded = () => {
    if (!current || current.removed) throw new Error('The map is not ready yet.');
    return current;
  };
  return {
    // Pictures and recordings load their code when first used (a chunk of their own).
    // Pictures and video frames are the full picture: light mode waits while they are drawn.
    async snapshot(size) {
      const session = loaded();
      const { snapshotMap } = await import('../recording/offscreen.ts');
      const release = suspendLightMode(session);
      try {
        return await snapshotMap(session.map, size);
      } finally {
        release();
      }
    },
    async recordable() {
      const session = loaded();
      const { recordableMap } = await import('../recording/record-map.ts');
      const recordable = recordableMap(session.map);
      let release = () => undefined as void;
      return {
        ...recordable,
        begin(size) {
          release = suspendLightMode(session);
          recordable.begin(size);
        },
        end() {
          recordable.end();
          release();
        },
      };
    },
    fit: () => withSession((s) => fitMatching(s, matching.initiatives, matching.filtered)),
    reveal: (initiative) => withSession((s) => reveal(s, initiative)),
    fly: (view) => withSession((s) => flyTo(s, view)),
    whenIdle: () => ready.then((s) => whenSessionIdle(current ?? s)),
  };
}
