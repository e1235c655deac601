/** Installs the automation API on every page, and the instrumentation where the page was opened with `?debug`. */
import { useEffect, useRef, type RefObject } from 'react';
import type { MapHandle } from '../map/owner/map-handle.ts';
import { installAutomation } from './automation.ts';
import { installInstrumentation } from './instrumentation.ts';
import { OPENED } from './page-url.ts';
import type { Exports } from './use-exports.ts';
import type { Presentation } from './use-presentation.ts';
import type { VideoExport } from './use-video-export.ts';

export function useAutomation(map: RefObject<MapHandle | null>, exports: Pick<Exports, 'makeImage' | 'context'>, presentation: Presentation, recordVideo?: VideoExport['record']): void {
  const latest = useRef(presentation);
  latest.current = presentation;
  const { makeImage, context } = exports;
  useEffect(
    () => installAutomation({ makeImage, presentation: () => latest.current, map: () => map.current, imageContext: context, ...(recordVideo ? { recordVideo } : {}) }),
    [makeImage, context, map, recordVideo],
  );
  useEffect(() => {
    if (!OPENED.debug || !map.current) return;
    return installInstrumentation(map.current);
  }, [map]);
}
