/** Map layer toggles, fit-to-selection and downloads. */
import type { LayerName } from '../state/app-state.ts';
import type { Lang } from '../lib/lang.ts';
import { strings } from './strings.ts';

interface Props {
  readonly lang: Lang;
  readonly layers: readonly LayerName[];
  readonly matching: number;
  readonly citation: string;
  readonly onToggleLayer: (layer: LayerName) => void;
  readonly onFit: () => void;
  readonly onDownload: (format: 'geojson' | 'csv') => void;
}

export function MapTools({ lang, layers, matching, citation, onToggleLayer, onFit, onDownload }: Props) {
  const t = strings(lang);
  return (
    <div className="map-tools">
      <button type="button" className="tool-button" onClick={onFit} data-testid="fit-selection" disabled={matching === 0}>
        {t.fitSelection}
      </button>
      <details className="tool-menu">
        <summary className="tool-button">{t.layersHeading}</summary>
        <div className="menu-body">
          {(['choropleth', 'arcs'] as const).map((layer) => (
            <label key={layer}>
              <input type="checkbox" checked={layers.includes(layer)} data-layer={layer} onChange={() => onToggleLayer(layer)} />
              {layer === 'choropleth' ? t.layerChoropleth : t.layerArcs}
            </label>
          ))}
        </div>
      </details>
      <details className="tool-menu">
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
    </div>
  );
}
