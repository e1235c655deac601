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

/** A user's feature under the pointer (their own layers, sync/user-layers.ts): which layer, which row, and where. */
export interface UserFeaturePick {
  /** The UserLayer's id. */
  readonly layerId: string;
  /** The UserFeature's id: the row whose fields to show. */
  readonly featureId: number;
  readonly point: { readonly x: number; readonly y: number };
}
