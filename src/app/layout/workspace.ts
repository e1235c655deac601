/** What the explorer's layout units are handed: its state and actions, and the hooks that run tours, jobs and notices. */
import type { RefObject } from 'react';
import type { MapHandle } from '../../map/owner/map-handle.ts';
import type { Chrome } from '../app-mode.ts';
import type { Jobs } from '../jobs/use-jobs.ts';
import type { Presentation } from '../tour/use-presentation.ts';
import type { Annotating } from '../tour/use-annotating.ts';
import type { TourFiles } from '../tour/use-tour-files.ts';
import type { ExplorerActions } from '../use-explorer-actions.ts';
import type { ExplorerState } from '../use-explorer-state.ts';
import type { MapPointer } from '../use-map-pointer.ts';
import type { Notices } from '../use-notices.ts';
import type { UserLayers } from '../user-layers/use-user-layers.ts';

export interface Workspace {
  readonly explorer: ExplorerState;
  readonly actions: ExplorerActions;
  readonly presentation: Presentation;
  /** Annotate mode on a step of one's own tour. */
  readonly annotating: Annotating;
  readonly tourFiles: TourFiles;
  readonly jobs: Jobs;
  readonly pointer: MapPointer;
  readonly notices: Notices;
  /** The user's own layers and the "Your data" dialog. */
  readonly userLayers: UserLayers;
  readonly chrome: Chrome;
  readonly fullscreen: { readonly active: boolean; toggle(): void };
  readonly map: RefObject<MapHandle | null>;
  readonly mapArea: RefObject<HTMLDivElement | null>;
  readonly mapSize: { readonly width: number; readonly height: number };
  /** Tests and benchmarks (`?debug`): the map's instrumentation. */
  readonly instrument: boolean;
  openAbout(): void;
}
