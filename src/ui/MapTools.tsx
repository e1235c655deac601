/** Map layer toggles, fit-to-selection and downloads. */
import type { ReactNode } from 'react';
import type { Lang } from '../lib/lang.ts';
import { EXPORT_SIZES } from '../picture/export-sizes.ts';
import { OPTIONAL_LAYERS } from '../map/style/optional-layers.ts';
import { LAYER_NAMES, type LayerName } from '../state/app-state.ts';
import { releaseStrings } from './release-strings.ts';
import { strings, text } from './strings.ts';

interface Props {
  readonly lang: Lang;
  readonly layers: readonly LayerName[];
  readonly matching: number;
  readonly citation: string;
  readonly onToggleLayer: (layer: LayerName) => void;
  readonly onFit: () => void;
  readonly onDownload: (format: 'geojson' | 'csv') => void;
  /** PNG export: null for the current view at its size. */
  readonly onExportImage: (size: { width: number; height: number } | null) => void;
  readonly onEmbed: () => void;
  /** Prints an A4 brief of the view. */
  readonly onBrief: () => void;
  /** Opens "Your data": the user's own files beside ours. */
  readonly onUserData: () => void;
  /** How many layers of their own the user has (shown on the button). */
  readonly userLayerCount: number;
  /** Opens "About this data": release, sources, licence, how to cite. */
  readonly onAbout: () => void;
  /** The size of the map now, for the "this view" export. */
  readonly viewSize: { width: number; height: number };
  /** The tours menu. */
  readonly children?: ReactNode;
}

export function MapTools({
  lang,
  layers,
  matching,
  citation,
  onToggleLayer,
  onFit,
  onDownload,
  onExportImage,
  onEmbed,
  onBrief,
  onAbout,
  onUserData,
  userLayerCount,
  viewSize,
  children,
}: Props) {
  const t = strings(lang);
  return (
    <div className="map-tools">
      <button type="button" className="tool-button" onClick={onFit} data-testid="fit-selection" disabled={matching === 0}>
        {t.fitSelection}
      </button>
      <details className="tool-menu">
        <summary className="tool-button">{t.layersHeading}</summary>
        <div className="menu-body">
          {LAYER_NAMES.map((layer) => (
            <label key={layer}>
              <input type="checkbox" checked={layers.includes(layer)} data-layer={layer} onChange={() => onToggleLayer(layer)} />
              {text(t, OPTIONAL_LAYERS[layer].label)}
            </label>
          ))}
        </div>
      </details>
      <button type="button" className="tool-button" onClick={onUserData} data-testid="open-user-data" title={t.userDataHint}>
        {t.userDataButton}
        {userLayerCount > 0 && ` (${userLayerCount})`}
      </button>
      {children}
      <details className="tool-menu" data-menu="image">
        <summary className="tool-button">{t.exportHeading}</summary>
        <div className="menu-body">
          <div className="menu-column">
            <button type="button" data-export-size="view" onClick={() => onExportImage(null)}>
              {t.exportCurrent(viewSize.width, viewSize.height)}
            </button>
            {EXPORT_SIZES.map((size) => (
              <button key={size.width} type="button" data-export-size={`${size.width}x${size.height}`} onClick={() => onExportImage(size)}>
                {t.exportSize(size.width, size.height)}
              </button>
            ))}
          </div>
        </div>
      </details>
      <button type="button" className="tool-button" onClick={onBrief} data-testid="print-brief" title={t.briefHint}>
        {t.briefButton}
      </button>
      <button type="button" className="tool-button" onClick={onEmbed} data-testid="open-embed">
        {t.embedHeading}
      </button>
      <details className="tool-menu" data-menu="download">
        <summary className="tool-button">{t.downloadHeading}</summary>
        <div className="menu-body">
          <p>{t.downloadHint(matching)}</p>
          <div className="menu-buttons">
            <button type="button" onClick={() => onDownload('geojson')} data-download="geojson" disabled={matching === 0}>
              {t.downloadGeojson}
            </button>
            <button type="button" onClick={() => onDownload('csv')} data-download="csv" disabled={matching === 0}>
              {t.downloadCsv}
            </button>
          </div>
          <p className="citation">
            <strong>{t.citeAs}:</strong> {citation}
          </p>
        </div>
      </details>
      <button type="button" className="tool-button" onClick={onAbout} data-testid="open-about">
        {releaseStrings(lang).aboutHeading}
      </button>
    </div>
  );
}
