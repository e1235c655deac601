/** Installs the automation API on every page, and the instrumentation where the page was opened with `?debug`. */
import { useEffect, useRef, type RefObject } from 'react';
import type { ExportSize } from '../map/export-image.ts';
import type { MapHandle } from '../map/map-handle.ts';
import { installAutomation } from './automation.ts';
import { installInstrumentation } from './instrumentation.ts';
import { OPENED } from './page-url.ts';
import type { Presentation } from './use-presentation.ts';

export function useAutomation(map: RefObject<MapHandle | null>, makeImage: (size: ExportSize) => Promise<Blob>, presentation: Presentation): void {
  const latest = useRef(presentation);
  latest.current = presentation;
  useEffect(() => installAutomation({ makeImage, presentation: () => latest.current, map: () => map.current }), [makeImage, map]);
  useEffect(() => {
    if (!OPENED.debug || !map.current) return;
    return installInstrumentation(map.current);
  }, [map]);
}
