/** Installs the automation API on every page (the command-line tools drive it: automation.ts). */
import { useEffect, type RefObject } from 'react';
import type { MapHandle } from '../map/owner/map-handle.ts';
import { installAutomation } from './automation.ts';
import type { ImageContext } from './jobs/image-overlay.ts';
import type { Jobs } from './jobs/use-jobs.ts';
import type { Presentation } from './tour/use-presentation.ts';

export function useAutomation(
  map: RefObject<MapHandle | null>,
  jobs: Pick<Jobs, 'makeImage' | 'recordVideo' | 'makeBrief'>,
  presentation: () => Presentation,
  page: () => ImageContext,
): void {
  const { makeImage, recordVideo, makeBrief } = jobs;
  useEffect(
    () => installAutomation({ jobs: { makeImage, recordVideo, makeBrief }, presentation, map: () => map.current, page }),
    [makeImage, recordVideo, makeBrief, presentation, map, page],
  );
}
