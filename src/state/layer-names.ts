/**
 * The optional map layers' names, as in the URL (`?layers=`) and app state: the one list. What each
 * layer draws, its menu label and legend are its entry in map/style/optional-layers.ts, a table keyed by
 * these names (the type makes a name without an entry, or an entry without a name, an error).
 */
export const LAYER_NAMES = ['choropleth', 'arcs'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];
