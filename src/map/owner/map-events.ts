/** What the map tells the rest of the app. */
export interface MapHover {
  /** The initiatives under the pointer: one for a site or route, several for a place badge. */
  readonly ids: readonly string[];
  /** True over a badge that merges several nearby places (a click zooms in). */
  readonly merged: boolean;
  readonly x: number;
  readonly y: number;
}

export interface ClusterPick {
  /** Initiative ids at the place, each once. */
  readonly ids: readonly string[];
  readonly x: number;
  readonly y: number;
}
