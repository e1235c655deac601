/**
 * The names of a user layer's sources and layers on the map (style/user-layers.ts), apart from their
 * specs: picking (owner/user-picking.ts) needs only these, and the specs load with the first layer.
 */
export function userSourceIds(id: string): { readonly shapes: string; readonly points: string } {
  return { shapes: `user-${id}`, points: `user-${id}-points` };
}

export function userLayerIds(id: string) {
  return {
    fill: `user-${id}-fill`,
    outline: `user-${id}-outline`,
    line: `user-${id}-line`,
    points: `user-${id}-points`,
    clusters: `user-${id}-clusters`,
  } as const;
}

/** The layers that answer the pointer, top first: clusters, points, lines, then polygons (their fill and outline). */
export function userPickLayers(id: string): readonly string[] {
  const ids = userLayerIds(id);
  return [ids.clusters, ids.points, ids.line, ids.outline, ids.fill];
}
