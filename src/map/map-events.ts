/** What the map tells the rest of the app. */
export interface MapHover {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface ClusterPick {
  /** Initiative ids in the cluster, each once. */
  readonly ids: readonly string[];
  readonly x: number;
  readonly y: number;
}
