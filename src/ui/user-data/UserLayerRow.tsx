/** One of the user's layers in "Your data": its name and source line, colour and size by a column, shown or hidden, removed. */
import { useState } from 'react';
import type { Lang } from '../../lib/lang.ts';
import { categories, numericRange } from '../../user-data/style.ts';
import type { UserLayer, UserLayerStyle } from '../../user-data/types.ts';
import { userDataStrings } from './user-data-strings.ts';

export type LayerPatch = Partial<Pick<UserLayer, 'name' | 'source' | 'visible'>> & { readonly style?: Partial<UserLayerStyle> };

interface Props {
  readonly lang: Lang;
  readonly layer: UserLayer;
  readonly onUpdate: (id: string, patch: LayerPatch) => void;
  readonly onRemove: (id: string) => void;
}

export function UserLayerRow({ lang, layer, onUpdate, onRemove }: Props) {
  const t = userDataStrings(lang);
  const [problem, setProblem] = useState<string | null>(null);
  const colourBy = (column: string) => {
    if (!column) return (setProblem(null), onUpdate(layer.id, { style: { colourBy: null } }));
    const found = categories(layer.features, column);
    if (!found.ok) return setProblem(found.error[lang]);
    setProblem(null);
    onUpdate(layer.id, { style: { colourBy: column } });
  };
  const sizeBy = (column: string) => {
    if (!column) return (setProblem(null), onUpdate(layer.id, { style: { sizeBy: null } }));
    const found = numericRange(layer.features, column);
    if (!found.ok) return setProblem(found.error[lang]);
    setProblem(null);
    onUpdate(layer.id, { style: { sizeBy: column } });
  };
  const fieldOptions = layer.fields.map((field) => (
    <option key={field} value={field}>
      {field}
    </option>
  ));
  return (
    <li className="user-layer-row" data-testid="user-layer-row">
      <div className="user-layer-head">
        <label className="radio-row">
          <input
            type="checkbox"
            checked={layer.visible}
            onChange={(event) => onUpdate(layer.id, { visible: event.currentTarget.checked })}
          />
          {t.show}
        </label>
        <span className="user-layer-count">{t.features(layer.features.length)}</span>
        <button type="button" onClick={() => onRemove(layer.id)} aria-label={t.remove(layer.name)} data-testid="user-layer-remove">
          {t.removeShort}
        </button>
      </div>
      <label>
        {t.layerName}
        <input
          type="text"
          value={layer.name}
          maxLength={120}
          onChange={(event) => onUpdate(layer.id, { name: event.currentTarget.value })}
        />
      </label>
      <label>
        {t.layerSource}
        <input
          type="text"
          value={layer.source}
          maxLength={200}
          placeholder={t.layerSourcePlaceholder}
          onChange={(event) => onUpdate(layer.id, { source: event.currentTarget.value })}
          data-testid="user-layer-source"
        />
      </label>
      <div className="placement-columns">
        <label>
          {t.colourBy}{' '}
          <select
            value={layer.style.colourBy ?? ''}
            onChange={(event) => colourBy(event.currentTarget.value)}
            data-testid="user-layer-colour"
          >
            <option value="">{t.none}</option>
            {fieldOptions}
          </select>
        </label>
        <label>
          {t.sizeBy}{' '}
          <select value={layer.style.sizeBy ?? ''} onChange={(event) => sizeBy(event.currentTarget.value)} data-testid="user-layer-size">
            <option value="">{t.none}</option>
            {fieldOptions}
          </select>
        </label>
      </div>
      {problem && (
        <p role="alert" className="user-data-warning">
          {problem}
        </p>
      )}
    </li>
  );
}
