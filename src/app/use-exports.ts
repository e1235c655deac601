/** Downloads and image exports: the matching initiatives as GeoJSON or CSV, and PNGs of the map with its overlay. */
import { useCallback, useRef, useState, type RefObject } from 'react';
import { citationOf } from '../data/citation.ts';
import { initiativesCsv } from '../data/csv.ts';
import { exportFileName, initiativesGeojson } from '../data/export.ts';
import type { ExportSize } from '../map/recording/export-image.ts';
import type { MapHandle } from '../map/owner/map-handle.ts';
import { errorMessage } from '../lib/error-message.ts';
import { serializeUrl } from '../state/url.ts';
import { saveBlob, saveText } from '../ui/download.ts';
import { strings } from '../ui/strings.ts';
import { imageOverlay, type ImageContext, type OverlayFor } from './image-overlay.ts';
import type { Note } from './use-notices.ts';

export interface Exports {
  readonly download: (format: 'geojson' | 'csv') => void;
  /** Saves a PNG of the map at `size`, or at the map's own size when null. */
  readonly exportPng: (size: ExportSize | null) => Promise<void>;
  /** A PNG of the map at `size` with the overlay of the current view (automation and decks use it too). */
  readonly makeImage: (size: ExportSize, overlay?: OverlayFor) => Promise<Blob>;
  /** The current view's image context (state, matching set, dataset, caption). */
  readonly context: () => ImageContext;
  readonly exporting: boolean;
}

export function useExports(context: ImageContext, filtered: boolean, map: RefObject<MapHandle | null>, mapSize: ExportSize, notify: (note: Note) => void): Exports {
  const [exporting, setExporting] = useState(false);
  const latest = useRef(context);
  latest.current = context;

  const makeImage = useCallback(
    async (size: ExportSize, overlay: OverlayFor = imageOverlay) => {
      if (!map.current) throw new Error('The map is not ready yet.');
      return map.current.exportPng(size, overlay(latest.current));
    },
    [map],
  );
  const currentContext = useCallback(() => latest.current, []);

  const download = (format: 'geojson' | 'csv') => {
    const { state, matching, dataset } = latest.current;
    const selection = serializeUrl({ ...state, selected: null, view: null, layers: [], lang: 'en', tour: null, embed: false, origins: [] });
    const name = exportFileName(dataset.metadata, filtered, format);
    if (format === 'csv') saveText(initiativesCsv(matching, citationOf(dataset.metadata)), name, 'text/csv;charset=utf-8');
    else saveText(initiativesGeojson(matching, dataset.metadata, selection), name, 'application/geo+json');
  };

  const exportPng = async (size: ExportSize | null) => {
    const target = size ?? mapSize;
    setExporting(true);
    try {
      saveBlob(await makeImage(target), `foip-atlas-${target.width}x${target.height}.png`);
    } catch (error) {
      notify({ tone: 'error', text: `${strings(latest.current.state.lang).exportFailed}: ${errorMessage(error)}` });
    } finally {
      setExporting(false);
    }
  };

  return { download, exportPng, makeImage, context: currentContext, exporting };
}
