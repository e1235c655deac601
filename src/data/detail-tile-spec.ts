/** What the site-zoom tiles are (detail-shapes.ts makes them, the map's layers read them), apart from the code that cuts them. */

/** The one layer of every tile: countries (polygons with `code`) and the land borders (lines with `border`). */
export const DETAIL_TILE_LAYER = 'detail';
/** Tiles are cut down to this zoom; the map draws deeper zooms from them, overzoomed (10 holds every detail of 1:10m). */
export const DETAIL_TILE_MAXZOOM = 10;
