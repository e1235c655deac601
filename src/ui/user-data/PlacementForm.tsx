/** How a table's rows are placed: the detected coordinate columns, units and order, shown and changeable before anything is drawn. */
import { useId, useState } from 'react';
import type { Lang } from '../../lib/lang.ts';
import type { CoordinateColumns, Detection, Placement, TableSummary } from '../../user-data/types.ts';
import { userDataStrings } from './user-data-strings.ts';

interface Props {
  readonly lang: Lang;
  readonly name: string;
  readonly table: TableSummary;
  readonly detection: Detection;
  readonly busy: boolean;
  readonly onPlace: (placement: Placement) => void;
  readonly onCancel: () => void;
}

type Kind = CoordinateColumns['kind'];

export function PlacementForm({ lang, name, table, detection, busy, onPlace, onCancel }: Props) {
  const t = userDataStrings(lang);
  const id = useId();
  const detected = detection.placement;
  const [kind, setKind] = useState<Kind>(detected?.columns.kind ?? 'pair');
  const [lat, setLat] = useState(detected?.columns.kind === 'pair' ? detected.columns.lat : 0);
  const [lon, setLon] = useState(detected?.columns.kind === 'pair' ? detected.columns.lon : Math.min(1, table.columns.length - 1));
  const [single, setSingle] = useState(detected && detected.columns.kind !== 'pair' ? detected.columns.column : 0);
  const [order, setOrder] = useState<'lat,lon' | 'lon,lat'>(detected?.columns.kind === 'single' ? detected.columns.order : 'lat,lon');
  const [units, setUnits] = useState(detected?.units ?? 'degrees');
  const [swap, setSwap] = useState(detected?.swap ?? false);

  const columns: CoordinateColumns =
    kind === 'pair' ? { kind, lat, lon } : kind === 'single' ? { kind, column: single, order } : { kind, column: single };
  const options = table.columns.map((column, i) => (
    <option key={i} value={i}>
      {column}
    </option>
  ));
  const pick = (label: string, value: number, set: (n: number) => void, testId: string) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => set(Number(event.currentTarget.value))} data-testid={testId}>
        {options}
      </select>
    </label>
  );
  return (
    <form
      className="placement-form"
      data-testid="placement-form"
      onSubmit={(event) => {
        event.preventDefault();
        onPlace({ columns, units, swap });
      }}
    >
      <p className="user-data-status">
        <strong>{name}</strong>: {t.rowsRead(table.rowCount)}
      </p>
      {(table.bilingualNotes ?? table.notes.map((note) => ({ en: note, ja: note }))).length > 0 && (
        <ul className="user-data-notes" data-testid="table-notes">
          {(table.bilingualNotes ?? table.notes.map((note) => ({ en: note, ja: note }))).map((note, i) => (
            <li key={i}>{note[lang]}</li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>{t.coordinates}</legend>
        <p className="user-data-hint">{detected ? t.coordinatesHint : t.noCoordinates}</p>
        <ul className="user-data-notes" data-testid="detection-notes">
          {detection.notes.map((note, i) => (
            <li key={i}>{note[lang]}</li>
          ))}
        </ul>
        {(['pair', 'single', 'wkt'] as const).map((value) => (
          <label key={value} className="radio-row">
            <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
            {value === 'pair' ? t.columnsPair : value === 'single' ? t.columnsSingle : t.columnsWkt}
          </label>
        ))}
        <div className="placement-columns">
          {kind === 'pair' ? (
            <>
              {pick(t.latitude, lat, setLat, 'placement-lat')}
              {pick(t.longitude, lon, setLon, 'placement-lon')}
            </>
          ) : (
            pick(t.column, single, setSingle, 'placement-column')
          )}
          {kind === 'single' && (
            <label>
              {t.order}{' '}
              <select value={order} onChange={(event) => setOrder(event.currentTarget.value === 'lon,lat' ? 'lon,lat' : 'lat,lon')}>
                <option value="lat,lon">{t.orderLatLon}</option>
                <option value="lon,lat">{t.orderLonLat}</option>
              </select>
            </label>
          )}
        </div>
        {kind !== 'wkt' && (
          <label>
            {t.units}{' '}
            <select
              value={units}
              onChange={(event) => setUnits(event.currentTarget.value === 'web-mercator' ? 'web-mercator' : 'degrees')}
              data-testid="placement-units"
            >
              <option value="degrees">{t.unitsDegrees}</option>
              <option value="web-mercator">{t.unitsMercator}</option>
            </select>
          </label>
        )}
        {kind !== 'wkt' && (
          <label className="radio-row">
            <input type="checkbox" checked={swap} onChange={(event) => setSwap(event.currentTarget.checked)} data-testid="placement-swap" />
            {t.swap}
            {detection.swapSuspected && !swap && <span className="user-data-warning"> — {t.swapSuspected}</span>}
          </label>
        )}
      </fieldset>
      <div className="menu-buttons">
        <button type="submit" disabled={busy || table.columns.length === 0} data-testid="placement-add">
          {busy ? t.placing : t.add}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
