/**
 * Many features as columns: how the reading worker sends a large layer to the page, how the page
 * holds it, and how the layer store keeps it. As objects, 100,000 placed rows were about a million
 * small objects arriving on the page, and every young-generation collection while they arrived
 * copied them: 64–74 ms pauses inside the page's tasks here (Chromium's trace). As columns they are
 * a few typed arrays and one string per field and part, which a collection does not copy piece by piece.
 *
 * The page reads them through `ColumnFeature`, a row's view (as Apache Arrow's rows are): its id is
 * its own, its geometry and properties are built from the columns when asked for. `propertyOf`
 * reads one cell without building the row, for loops over a whole layer (colours, legends).
 */
import type { Geometry } from 'geojson';
import type { CellValue, UserFeature, UserProperties } from './types.ts';

/** How a cell is held: absent (a feature file's feature without that property), or its value's kind. */
const ABSENT = 0;
const NULL = 1;
const TEXT = 2;
const NUMBER = 3;
const TRUE = 4;
const FALSE = 5;

/** One field's cells, row by row. */
export interface CellColumn {
  /** Each row's kind of cell (ABSENT … FALSE). */
  readonly kinds: Uint8Array;
  /** Each row's number (NaN unless its cell is one). */
  readonly numbers: Float64Array;
  /** Every text cell, one after another; row i's text ends at `ends[i]` and starts where row i − 1's ended. */
  readonly text: string;
  readonly ends: Uint32Array;
}

/** Features as columns: plain data, structured-cloneable, its typed arrays transferable. */
export interface FeatureColumns {
  readonly count: number;
  readonly ids: Float64Array;
  /** A Point's longitude and latitude (NaN for any other geometry, which is in `shapes`). */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The rows' geometries that are not Points, by row (null where it is a Point); null when all are Points. */
  readonly shapes: readonly (Geometry | null)[] | null;
  readonly fields: readonly string[];
  readonly cells: readonly CellColumn[];
}

/** The features as columns; `fields` first, then any other property key in the order first seen. */
export function encodeFeatures(features: readonly UserFeature[], fields: readonly string[]): FeatureColumns {
  const count = features.length;
  const names = [...fields];
  const known = new Set(names);
  for (const feature of features) {
    // A row of columns names its fields without building its properties.
    const keys = feature instanceof ColumnFeature ? feature.fields() : Object.keys(feature.properties);
    for (const key of keys) {
      if (!known.has(key)) {
        known.add(key);
        names.push(key);
      }
    }
  }
  const ids = new Float64Array(count);
  const x = new Float64Array(count).fill(NaN);
  const y = new Float64Array(count).fill(NaN);
  let shapes: (Geometry | null)[] | null = null;
  const builders = names.map(() => ({
    kinds: new Uint8Array(count),
    numbers: new Float64Array(count).fill(NaN),
    parts: [] as string[],
    ends: new Uint32Array(count),
    length: 0,
  }));
  for (let i = 0; i < count; i++) {
    const feature = features[i]!;
    ids[i] = feature.id;
    const view = feature instanceof ColumnFeature ? feature : null;
    const point = view?.point() ?? null;
    const geometry = point ? null : feature.geometry;
    if (point) {
      x[i] = point[0];
      y[i] = point[1];
    } else if (geometry?.type === 'Point' && geometry.coordinates.length >= 2) {
      x[i] = geometry.coordinates[0]!;
      y[i] = geometry.coordinates[1]!;
    } else if (geometry) {
      shapes ??= new Array<Geometry | null>(count).fill(null);
      shapes[i] = geometry;
    }
    const properties = view ? null : feature.properties;
    for (let f = 0; f < names.length; f++) {
      const column = builders[f]!;
      const name = names[f]!;
      const value = view ? view.cell(name) : Object.hasOwn(properties!, name) ? properties![name] : undefined;
      if (value === undefined) column.kinds[i] = ABSENT;
      else if (value === null) column.kinds[i] = NULL;
      else if (typeof value === 'string') {
        column.kinds[i] = TEXT;
        column.parts.push(value);
        column.length += value.length;
      } else if (typeof value === 'number') {
        column.kinds[i] = NUMBER;
        column.numbers[i] = value;
      } else column.kinds[i] = value ? TRUE : FALSE;
      column.ends[i] = column.length;
    }
  }
  const cells = builders.map(({ kinds, numbers, parts, ends }) => ({ kinds, numbers, text: parts.join(''), ends }));
  return { count, ids, x, y, shapes, fields: names, cells };
}

/** What a message carrying `columns` may hand over instead of copying. */
export function columnBuffers(columns: FeatureColumns): ArrayBuffer[] {
  const arrays = [columns.ids, columns.x, columns.y, ...columns.cells.flatMap((c) => [c.kinds, c.numbers, c.ends])];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * A row of `FeatureColumns` read as a UserFeature: it holds its id and, privately, where its row is.
 * Structured cloning copies none of that: what goes to IndexedDB or a worker is made plain first
 * (`plainFeature`, or the columns themselves).
 */
export class ColumnFeature implements UserFeature {
  readonly id: number;
  readonly #columns: FeatureColumns;
  readonly #index: number;

  constructor(columns: FeatureColumns, index: number) {
    this.id = columns.ids[index]!;
    this.#columns = columns;
    this.#index = index;
  }

  get type(): 'Feature' {
    return 'Feature';
  }

  get geometry(): Geometry {
    const columns = this.#columns;
    const index = this.#index;
    return columns.shapes?.[index] ?? { type: 'Point', coordinates: [columns.x[index]!, columns.y[index]!] };
  }

  get properties(): UserProperties {
    const columns = this.#columns;
    const properties: Record<string, CellValue> = {};
    for (let f = 0; f < columns.fields.length; f++) {
      const value = cell(columns.cells[f]!, this.#index);
      if (value === undefined) continue;
      const name = columns.fields[f]!;
      // A field named "__proto__" stays an ordinary property, as the reader made it.
      if (name === '__proto__') Object.defineProperty(properties, name, { value, enumerable: true, writable: true, configurable: true });
      else properties[name] = value;
    }
    return properties;
  }

  /** One cell, without building the row's properties (undefined where the row has no such field). */
  cell(name: string): CellValue | undefined {
    const f = this.#columns.fields.indexOf(name);
    return f < 0 ? undefined : cell(this.#columns.cells[f]!, this.#index);
  }

  /** The names its row may have a cell for (its columns' fields). */
  fields(): readonly string[] {
    return this.#columns.fields;
  }

  /** Whether its geometry is a Point, without building it. */
  isPoint(): boolean {
    return !this.#columns.shapes?.[this.#index];
  }

  /** A Point's longitude and latitude, without building its geometry; null for any other geometry. */
  point(): readonly [number, number] | null {
    const columns = this.#columns;
    const index = this.#index;
    return columns.shapes?.[index] ? null : [columns.x[index]!, columns.y[index]!];
  }

  /**
   * The columns `features` were read from, in order, when they are exactly every row of each (a layer
   * as it came from the reader or the store); otherwise null.
   */
  static wholeColumns(features: readonly UserFeature[]): FeatureColumns[] | null {
    const out: FeatureColumns[] = [];
    let i = 0;
    while (i < features.length) {
      const first = features[i];
      if (!(first instanceof ColumnFeature) || first.#index !== 0) return null;
      const columns = first.#columns;
      for (let k = 0; k < columns.count; k++) {
        const row = features[i + k];
        if (!(row instanceof ColumnFeature) || row.#columns !== columns || row.#index !== k) return null;
      }
      out.push(columns);
      i += columns.count;
    }
    return out;
  }

  /** What JSON (a tour file, a link) holds of it: the plain feature. */
  toJSON(): UserFeature {
    return plainFeature(this);
  }
}

/**
 * Whether `value` is whole FeatureColumns (kept in IndexedDB, which a damaged or older entry may not be):
 * every array as long as the count says, so that reading a row cannot fail.
 */
export function isFeatureColumns(value: unknown): value is FeatureColumns {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof FeatureColumns, unknown>>;
  const count = v.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return false;
  const floats = (a: unknown) => a instanceof Float64Array && a.length === count;
  if (!floats(v.ids) || !floats(v.x) || !floats(v.y)) return false;
  if (v.shapes !== null && !(Array.isArray(v.shapes) && v.shapes.length === count)) return false;
  if (!Array.isArray(v.fields) || !v.fields.every((f) => typeof f === 'string')) return false;
  if (!Array.isArray(v.cells) || v.cells.length !== v.fields.length) return false;
  return v.cells.every((c: unknown) => {
    if (typeof c !== 'object' || c === null) return false;
    const { kinds, numbers, text, ends } = c as Partial<CellColumn>;
    return (
      kinds instanceof Uint8Array &&
      kinds.length === count &&
      floats(numbers) &&
      typeof text === 'string' &&
      ends instanceof Uint32Array &&
      ends.length === count &&
      (count === 0 || ends[count - 1]! <= text.length)
    );
  });
}

/** The rows of `columns` as features, in order. */
export function decodeFeatures(columns: FeatureColumns): ColumnFeature[] {
  const features = new Array<ColumnFeature>(columns.count);
  for (let i = 0; i < columns.count; i++) features[i] = new ColumnFeature(columns, i);
  return features;
}

/** A feature as a plain object, whatever holds it (what IndexedDB or another worker is given). */
export function plainFeature(feature: UserFeature): UserFeature {
  return { type: 'Feature', id: feature.id, geometry: feature.geometry, properties: feature.properties };
}

/** One cell of a feature's row, without building its properties: `feature.properties[name]`, for loops over a layer. */
export function propertyOf(feature: UserFeature, name: string): CellValue | undefined {
  if (feature instanceof ColumnFeature) return feature.cell(name);
  return Object.hasOwn(feature.properties, name) ? feature.properties[name] : undefined;
}

/** Whether a feature's geometry is a Point, without building it. */
export function isPoint(feature: UserFeature): boolean {
  return feature instanceof ColumnFeature ? feature.isPoint() : feature.geometry.type === 'Point';
}

/** A Point's longitude and latitude without building its geometry; null when it is not a Point. */
export function pointOf(feature: UserFeature): readonly [number, number] | null {
  if (feature instanceof ColumnFeature) return feature.point();
  const geometry = feature.geometry;
  return geometry.type === 'Point' ? [geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0] : null;
}

function cell(column: CellColumn, index: number): CellValue | undefined {
  switch (column.kinds[index]) {
    case NULL:
      return null;
    case TEXT:
      return column.text.slice(index === 0 ? 0 : column.ends[index - 1], column.ends[index]);
    case NUMBER:
      return column.numbers[index]!;
    case TRUE:
      return true;
    case FALSE:
      return false;
    default:
      return undefined;
  }
}
