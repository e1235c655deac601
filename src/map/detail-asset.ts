/**
 * Where the site-zoom basemap is: imported only when the map first comes near site zoom
 * (sync/detail-basemap.ts). The file is written at build time (scripts/vite-detail-basemap.ts); the
 * normal build emits it as a file of its own, the single-file build inlines it as a data: URL.
 * MapLibre resolves a relative URL against the page before its worker fetches it.
 */
import url from './generated/countries-10m.geojson?url';

export const DETAIL_BASEMAP_URL: string = url;
