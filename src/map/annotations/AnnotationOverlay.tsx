/**
 * A tour step's annotations on the live map: an SVG over the canvas, laid out by the same pure code
 * as pictures, video frames and decks (src/picture/annotations.ts) and laid out again as the camera
 * moves. Highlighted countries are the map's own fill (sync/annotated-countries.ts); their text is here.
 *
 * With `editing`, it is also where annotations are made with the pointer: with a tool chosen, a click
 * adds a label, ring or country there and a drag draws an arrow; otherwise a press on an annotation
 * selects it and dragging moves it (an arrow's ends by their handles). A drag is shown as it goes and
 * handed over once, when the pointer is let go, so that one drag is one undo step. Everything here
 * can also be done from the keyboard in the annotation list (src/ui/annotations/).
 */
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type Annotation, type AnnotationColour, type AnnotationKind, type LngLatPair } from '../../data/annotation.ts';
import { moveAnnotation, newAnnotation, normalisePosition } from '../../data/annotation-edit.ts';
import type { Lang } from '../../lib/lang.ts';
import { layoutAnnotations, type AnnotationMark, type Measure, type Point } from '../../picture/annotations.ts';
import { LAYERS } from '../style/layers.ts';

/** One pixel of a 1080p slide, on screen: text 16 px, lines 2.5 px. */
export const SCREEN_UNIT = 0.72;

export interface AnnotationEditing {
  /** The annotation selected (its index in the step's list), or none. */
  readonly selected: number | null;
  /** The kind the next click adds, or null to select and move. */
  readonly tool: AnnotationKind | null;
  readonly colour: AnnotationColour;
  select(index: number | null): void;
  /** An annotation changed by a drag (handed over once, when the pointer is let go). */
  change(index: number, annotation: Annotation): void;
  add(annotation: Annotation): void;
  /** Names of things for assistive technology. */
  readonly labels: { readonly overlay: string; readonly from: string; readonly to: string };
}

interface Props {
  readonly map: MapLibreMap;
  readonly annotations: readonly Annotation[];
  readonly lang: Lang;
  readonly editing: AnnotationEditing | null;
}

type Drag =
  | { readonly kind: 'move'; readonly index: number; readonly start: Point; readonly original: Annotation; readonly moved: boolean }
  | { readonly kind: 'end'; readonly index: number; readonly end: 'from' | 'to'; readonly original: Annotation & { kind: 'arrow' } }
  | { readonly kind: 'arrow'; readonly start: LngLatPair; readonly startPoint: Point };

let measurer: Measure | null = null;
function measure(): Measure {
  measurer ??= document.createElement('canvas').getContext('2d') ?? {
    font: '',
    measureText: (t: string) => ({ width: t.length * 8 }) as TextMetrics,
  };
  return measurer;
}

/** Re-renders on every camera move, at most once a frame. */
function useCameraTick(map: MapLibreMap): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const onMove = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setTick((n) => n + 1);
      });
    };
    map.on('move', onMove);
    map.on('resize', onMove);
    return () => {
      cancelAnimationFrame(frame);
      map.off('move', onMove);
      map.off('resize', onMove);
    };
  }, [map]);
  return tick;
}

export function AnnotationOverlay({ map, annotations, lang, editing }: Props) {
  const tick = useCameraTick(map);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  /** What a drag shows before it is handed over: the annotation as dragged, or the arrow being drawn. */
  const [draft, setDraft] = useState<{ index: number; annotation: Annotation } | null>(null);

  const shown = useMemo(() => {
    const list = [...annotations];
    if (draft) list[draft.index] = draft.annotation;
    return list;
  }, [annotations, draft]);

  const project = useMemo(() => {
    void tick; // the camera moved: project again
    const centre = map.getCenter().lng;
    return ([lng, lat]: LngLatPair): Point => {
      // The copy of the point nearest the middle of the view (a Pacific view runs past ±180°).
      const p = map.project([lng + 360 * Math.round((centre - lng) / 360), lat]);
      return [p.x, p.y];
    };
  }, [map, tick]);
  const marks = useMemo(() => layoutAnnotations(shown, lang, project, SCREEN_UNIT, measure()), [shown, lang, project]);

  const pointAt = (event: { clientX: number; clientY: number }): Point => {
    const box = svg.current?.getBoundingClientRect();
    return box ? [event.clientX - box.left, event.clientY - box.top] : [0, 0];
  };
  const lngLatAt = (point: Point): LngLatPair => {
    const p = map.unproject([point[0], point[1]]);
    return normalisePosition([p.lng, p.lat]);
  };

  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (!editing || event.button !== 0) return;
    const target = event.target as Element;
    const point = pointAt(event);
    const handle = target.closest<SVGElement>('[data-handle]');
    const markElement = target.closest<SVGElement>('[data-index]');
    if (editing.tool) {
      event.preventDefault();
      svg.current?.setPointerCapture(event.pointerId);
      if (editing.tool === 'arrow') {
        setDrag({ kind: 'arrow', start: lngLatAt(point), startPoint: point });
        return;
      }
      const at = lngLatAt(point);
      const country = editing.tool === 'country' ? countryAt(map, point) : undefined;
      if (editing.tool === 'country' && !country) return;
      editing.add(newAnnotation(editing.tool, at, { colour: editing.colour, lang, ...(country ? { country } : {}) }));
      return;
    }
    if (handle && editing.selected !== null) {
      const original = annotations[editing.selected];
      if (original?.kind === 'arrow') {
        event.preventDefault();
        svg.current?.setPointerCapture(event.pointerId);
        setDrag({ kind: 'end', index: editing.selected, end: handle.dataset['handle'] === 'from' ? 'from' : 'to', original });
      }
      return;
    }
    if (markElement) {
      const index = Number(markElement.dataset['index']);
      const original = annotations[index];
      if (!original) return;
      event.preventDefault();
      svg.current?.setPointerCapture(event.pointerId);
      editing.select(index);
      setDrag({ kind: 'move', index, start: point, original, moved: false });
    }
  };

  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const point = pointAt(event);
    if (drag.kind === 'move') {
      if (!drag.moved && Math.hypot(point[0] - drag.start[0], point[1] - drag.start[1]) < 3) return;
      const [a, b] = [map.unproject([...drag.start]), map.unproject([point[0], point[1]])];
      setDraft({ index: drag.index, annotation: moveAnnotation(drag.original, b.lng - a.lng, b.lat - a.lat) });
      if (!drag.moved) setDrag({ ...drag, moved: true });
    } else if (drag.kind === 'end') {
      setDraft({ index: drag.index, annotation: { ...drag.original, [drag.end]: lngLatAt(point) } });
    } else {
      setDraft({
        index: annotations.length,
        annotation: newAnnotation('arrow', drag.start, { to: lngLatAt(point), colour: editing?.colour ?? 'crimson' }),
      });
    }
  };

  const onPointerUp = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (!drag || !editing) return;
    const point = pointAt(event);
    if (drag.kind === 'arrow') {
      // A click without a drag draws an arrow of a default length, pointing down and right of where it was clicked.
      const short = Math.hypot(point[0] - drag.startPoint[0], point[1] - drag.startPoint[1]) < 12;
      const to = short ? lngLatAt([drag.startPoint[0] + 90, drag.startPoint[1] + 60]) : lngLatAt(point);
      editing.add(newAnnotation('arrow', drag.start, { to, colour: editing.colour }));
    } else if (draft && (drag.kind === 'end' || drag.moved)) {
      editing.change(drag.index, draft.annotation);
    }
    setDrag(null);
    setDraft(null);
  };

  const onPointerCancel = () => {
    setDrag(null);
    setDraft(null);
  };

  if (shown.length === 0 && !editing) return null;
  const selected = editing?.selected ?? null;
  const selectedArrow =
    selected !== null && shown[selected]?.kind === 'arrow' ? marks.find((m) => m.kind === 'arrow' && m.index === selected) : undefined;
  return (
    <svg
      ref={svg}
      className={`annotation-overlay${editing ? ' editing' : ''}${editing?.tool ? ' adding' : ''}`}
      data-testid="annotation-overlay"
      role="group"
      aria-label={editing?.labels.overlay}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
    >
      {editing?.tool && <rect className="annotation-catcher" width="100%" height="100%" />}
      {marks.map((mark, k) => (
        <MarkShape key={k} mark={mark} selected={mark.index === selected} />
      ))}
      {selectedArrow?.kind === 'arrow' && (
        <>
          <circle className="annotation-handle" data-handle="from" cx={selectedArrow.from[0]} cy={selectedArrow.from[1]} r={7}>
            <title>{editing?.labels.from}</title>
          </circle>
          <circle className="annotation-handle" data-handle="to" cx={selectedArrow.head[0][0]} cy={selectedArrow.head[0][1]} r={7}>
            <title>{editing?.labels.to}</title>
          </circle>
        </>
      )}
    </svg>
  );
}

function MarkShape({ mark, selected }: { mark: AnnotationMark; selected: boolean }) {
  const cls = `annotation-mark${selected ? ' selected' : ''}`;
  switch (mark.kind) {
    case 'arrow': {
      const d = `M${mark.from.join(',')} Q${mark.control.join(',')} ${mark.end.join(',')}`;
      return (
        <g className={cls} data-index={mark.index} data-kind="arrow" style={{ color: mark.colour }}>
          <path className="annotation-hit" d={d} />
          <path className="annotation-halo" d={d} strokeWidth={mark.width * 1.9} />
          <path className="annotation-line" d={d} strokeWidth={mark.width} />
          <polygon className="annotation-head" points={mark.head.map((p) => p.join(',')).join(' ')} />
        </g>
      );
    }
    case 'ring':
      return (
        <g className={cls} data-index={mark.index} data-kind="ring" style={{ color: mark.colour }}>
          <circle className="annotation-hit" cx={mark.centre[0]} cy={mark.centre[1]} r={mark.radius} />
          <circle className="annotation-halo" cx={mark.centre[0]} cy={mark.centre[1]} r={mark.radius} strokeWidth={mark.width * 1.9} />
          <circle className="annotation-line" cx={mark.centre[0]} cy={mark.centre[1]} r={mark.radius} strokeWidth={mark.width} />
        </g>
      );
    case 'text':
      return (
        <g className={cls} data-index={mark.index} data-kind="text" style={{ color: mark.colour }}>
          {selected && (
            <rect
              className="annotation-selection"
              x={mark.box.x - 4}
              y={mark.box.y - 3}
              width={mark.box.width + 8}
              height={mark.box.height + 6}
              rx={4}
            />
          )}
          <text className="annotation-text" style={{ font: mark.font }} strokeWidth={mark.fontPx * 0.28}>
            {mark.lines.map((line, i) => (
              <tspan key={i} x={mark.box.x} y={mark.box.y + (i + 0.5) * mark.lineHeight} dominantBaseline="central">
                {line}
              </tspan>
            ))}
          </text>
        </g>
      );
  }
}

/** The country under a point of the map, by the basemap's own shapes (the 1:10m at site zoom). */
function countryAt(map: MapLibreMap, point: Point): string | undefined {
  const layers = [LAYERS.detailLand, LAYERS.land].filter((id) => map.getLayer(id));
  for (const feature of map.queryRenderedFeatures([point[0], point[1]], { layers })) {
    const code = feature.properties['code'] ?? feature.id;
    if (typeof code === 'string' && /^[A-Z]{3}$/.test(code)) return code;
  }
  return undefined;
}
