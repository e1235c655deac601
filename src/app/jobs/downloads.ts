/** The matching initiatives as a file: GeoJSON with the filters that chose them, or CSV with a citation (loaded with the first download). */
import { citationOf } from '../../data/citation.ts';
import { initiativesCsv } from '../../data/csv.ts';
import { exportFileName, initiativesGeojson } from '../../data/export.ts';
import { isFiltered } from '../../data/filters.ts';
import { serializeUrl } from '../../state/url.ts';
import { saveText } from '../../ui/download.ts';
import type { ImageContext } from './image-overlay.ts';

export function downloadMatching({ state, matching, dataset }: ImageContext, format: 'geojson' | 'csv'): void {
  const selection = serializeUrl({
    ...state,
    selected: null,
    view: null,
    layers: [],
    lang: 'en',
    tour: null,
    embed: false,
    origins: [],
    panel: 'list',
  });
  const name = exportFileName(dataset.metadata, isFiltered(state.filters) || state.profile !== null, format);
  if (format === 'csv') saveText(initiativesCsv(matching, citationOf(dataset.metadata)), name, 'text/csv;charset=utf-8');
  else saveText(initiativesGeojson(matching, dataset.metadata, selection), name, 'application/geo+json');
}
