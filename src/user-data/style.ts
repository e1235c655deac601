/**
 * How a user's layer looks, decided once for the map and the legend alike: one neutral colour, or a
 * colour per value of a column (at most 12), and a radius per value of a numeric column. Pure: the
 * map (src/map/style/user-layer-data.ts) and the legend read the same answers, so a category's
 * colour on the map is the one its legend swatch shows.
 *
 * The colours are apart from ours (the focus areas' Okabe–Ito blue, green and vermillion, the
 * choropleth's purples, the slates of regions, badges and arcs): each is at least ΔE 25 (CIE76) from
 * every colour of src/picture/palette.ts and from each other (checked by
 * src/map/style/user-layers.test.ts, which may read both), none so pale that it is lost on the land
 * or the ocean.
 */
import type { Geometry } from 'geojson';
import { err, ok, type Result } from '../lib/result.ts';
import { isPoint, propertyOf } from './feature-columns.ts';
import type { Bilingual, CellValue, UserFeature, UserLayer } from './types.ts';

/** A user's feature with no colour column: a warm charcoal, apart from our cool slates (#2f3b4c, #475569, #1f2937). */
export const USER_NEUTRAL = '#4a3f35';

/** Colours for a column's values, in order of how many rows have each (the most common value takes the first). */
export const USER_CATEGORY_COLOURS = [
  '#C51B7D', // magenta
  '#E6AB02', // gold
  '#66A61E', // leaf green
  '#882D17', // maroon
  '#17BECF', // cyan
  '#F781BF', // pink
  '#BCBD22', // olive
  '#E41A1C', // red
  '#276419', // forest
  '#A6761D', // ochre
  '#FB9A99', // salmon
  '#7A0177', // plum
] as const;

/** The most values "colour by column" shows, each with its own colour. */
export const MAX_CATEGORIES = USER_CATEGORY_COLOURS.length;

/** A point's radius in CSS pixels: the default, and the range "size by column" spreads values over. */
export const USER_POINT_RADIUS = 6;
export const SIZE_RADIUS = { min: 3, max: 14 } as const;

export interface Category {
  /** The value as text (a number or a boolean written as JavaScript and MapLibre's `to-string` write it). */
  readonly value: string;
  readonly count: number;
  readonly colour: string;
}

export interface Categories {
  readonly column: string;
  /** Most rows first; ties in the order of the values' text. */
  readonly values: readonly Category[];
  /** Rows with no value in the column: drawn in USER_NEUTRAL. */
  readonly blank: number;
}

export interface NumericRange {
  readonly column: string;
  readonly min: number;
  readonly max: number;
  /** Rows with a number in the column. */
  readonly count: number;
  /** Rows without one (blank or text): drawn at the smallest size. */
  readonly missing: number;
}

/** A cell's category: its text, or null when it is blank. */
export function categoryKey(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text.trim() === '' ? null : text;
}

/**
 * What was found in a layer's columns, by feature array (a layer's features are replaced, never changed) and
 * column: the layer's row, its legend and its drawing all ask, and a pass over 100,000 rows costs ~20 ms here.
 */
const found = new WeakMap<readonly UserFeature[], Map<string, unknown>>();

/** `find()`, once per feature array and key; each key always holds what its one `find` gives. */
function remembered<T>(features: readonly UserFeature[], key: string, find: () => T): T {
  let known = found.get(features);
  if (!known) found.set(features, (known = new Map()));
  if (!known.has(key)) known.set(key, find());
  return known.get(key) as T;
}

/** The distinct values of `column` with their counts and colours, or why the column cannot colour the layer. */
export function categories(features: readonly UserFeature[], column: string): Result<Categories, Bilingual> {
  return remembered(features, `colour:${column}`, () => findCategories(features, column));
}

function findCategories(features: readonly UserFeature[], column: string): Result<Categories, Bilingual> {
  const counts = new Map<string, number>();
  let blank = 0;
  for (const feature of features) {
    const key = categoryKey(propertyOf(feature, column));
    if (key === null) blank++;
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 0) {
    return err({
      en: `“${column}” has no values to colour by.`,
      ja: `「${column}」には色分けに使える値がありません。`,
    });
  }
  if (counts.size > MAX_CATEGORIES) {
    return err({
      en: `“${column}” has ${counts.size.toLocaleString('en')} different values; colour by column shows at most ${MAX_CATEGORIES}.`,
      ja: `「${column}」には${counts.size.toLocaleString('ja')}種類の値があります。列で色分けできるのは${MAX_CATEGORIES}種類までです。`,
    });
  }
  const values = [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([value, count], i) => ({ value, count, colour: USER_CATEGORY_COLOURS[i] ?? USER_NEUTRAL }));
  return ok({ column, values, blank });
}

/** A plain decimal number, optionally signed, with thousands separators ("1,234.5") or an exponent. */
const NUMERIC_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** A cell as a number: numbers as they are, numeric text read (thousands separators allowed), anything else null. */
export function numericValue(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/\d/.test(text) || !NUMERIC_TEXT.test(text)) return null;
  const number = Number(text.replaceAll(',', ''));
  return Number.isFinite(number) ? number : null;
}

/** The smallest and largest number in `column`, or why it cannot size the layer. */
export function numericRange(features: readonly UserFeature[], column: string): Result<NumericRange, Bilingual> {
  return remembered(features, `size:${column}`, () => findNumericRange(features, column));
}

function findNumericRange(features: readonly UserFeature[], column: string): Result<NumericRange, Bilingual> {
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (const feature of features) {
    const number = numericValue(propertyOf(feature, column));
    if (number === null) continue;
    count++;
    if (number < min) min = number;
    if (number > max) max = number;
  }
  if (count === 0) {
    return err({
      en: `“${column}” has no numbers to size by.`,
      ja: `「${column}」には大きさに使える数値がありません。`,
    });
  }
  return ok({ column, min, max, count, missing: features.length - count });
}

/**
 * A point's radius for `value`: the square root scale from SIZE_RADIUS.min at the range's smallest
 * value to SIZE_RADIUS.max at its largest, so a symbol's area grows with the value. No value: the
 * smallest; one value only (min = max): the default radius.
 */
export function sizeFor(value: number | null, range: Pick<NumericRange, 'min' | 'max'>): number {
  if (value === null) return SIZE_RADIUS.min;
  if (!(range.max > range.min)) return USER_POINT_RADIUS;
  const t = Math.min(1, Math.max(0, (value - range.min) / (range.max - range.min)));
  return SIZE_RADIUS.min + (SIZE_RADIUS.max - SIZE_RADIUS.min) * Math.sqrt(t);
}

/** How a layer is drawn once its style is checked against its features: what the map and the legend both read. */
export interface UserLayerLook {
  /** Null: every feature in USER_NEUTRAL. */
  readonly colour: Categories | null;
  /** Null: every point at USER_POINT_RADIUS. */
  readonly size: NumericRange | null;
  /** Why a chosen column is not used (too many values, no numbers, not a column of the layer). */
  readonly problems: readonly Bilingual[];
}

export function userLayerLook(layer: Pick<UserLayer, 'features' | 'fields' | 'style'>): UserLayerLook {
  const problems: Bilingual[] = [];
  const checked = <T>(column: string | null, read: (column: string) => Result<T, Bilingual>): T | null => {
    if (column === null) return null;
    if (!layer.fields.includes(column)) {
      problems.push({ en: `The layer has no column “${column}”.`, ja: `このレイヤーには「${column}」という列がありません。` });
      return null;
    }
    const result = read(column);
    if (result.ok) return result.value;
    problems.push(result.error);
    return null;
  };
  const colour = checked(layer.style.colourBy, (column) => categories(layer.features, column));
  const size = checked(layer.style.sizeBy, (column) => numericRange(layer.features, column));
  return { colour, size, problems };
}

/** How many features of each kind of geometry a layer holds (a multi-geometry counts once, a collection once per kind). */
export interface GeometryCounts {
  readonly points: number;
  readonly lines: number;
  readonly polygons: number;
}

/** Counted once per feature array (remembered, above): the legend asks on every render. */
export function geometryCounts(features: readonly UserFeature[]): GeometryCounts {
  return remembered(features, 'geometry', () => countGeometries(features));
}

function countGeometries(features: readonly UserFeature[]): GeometryCounts {
  let points = 0;
  let lines = 0;
  let polygons = 0;
  for (const feature of features) {
    // A point is read without building its geometry (a large layer's rows are views of columns).
    const kinds = isPoint(feature) ? POINT : geometryKinds(feature.geometry);
    if (kinds & POINT) points++;
    if (kinds & LINE) lines++;
    if (kinds & POLYGON) polygons++;
  }
  return { points, lines, polygons };
}

const POINT = 1;
const LINE = 2;
const POLYGON = 4;

function geometryKinds(geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return POINT;
    case 'LineString':
    case 'MultiLineString':
      return LINE;
    case 'Polygon':
    case 'MultiPolygon':
      return POLYGON;
    case 'GeometryCollection':
      return geometry.geometries.reduce((kinds, part) => kinds | geometryKinds(part), 0);
  }
}

/** What the legend shows of a user's layer. */
export interface UserLayerLegend {
  readonly name: string;
  /** Rows (features) drawn. */
  readonly rows: number;
  /** Rows skipped when the file was read. */
  readonly rejected: number;
  readonly visible: boolean;
  /** Which swatches to show: a diamond for points, a dashed line, a pale square with an outline. */
  readonly geometry: GeometryCounts;
  /** The one colour of every feature (USER_NEUTRAL) or the colour of each value of a column. */
  readonly colour:
    { readonly kind: 'neutral'; readonly colour: string } | ({ readonly kind: 'categories'; readonly blankColour: string } & Categories);
  /** The values at the smallest and largest size, with those radii in CSS pixels; null when points are not sized. */
  readonly size: (NumericRange & { readonly minRadius: number; readonly maxRadius: number }) | null;
  readonly problems: readonly Bilingual[];
}

export function userLayerLegend(layer: UserLayer, look: UserLayerLook = userLayerLook(layer)): UserLayerLegend {
  return {
    name: layer.name,
    rows: layer.features.length,
    rejected: layer.rejectedCount,
    visible: layer.visible,
    geometry: geometryCounts(layer.features),
    colour: look.colour ? { kind: 'categories', blankColour: USER_NEUTRAL, ...look.colour } : { kind: 'neutral', colour: USER_NEUTRAL },
    size: look.size ? { ...look.size, minRadius: sizeFor(look.size.min, look.size), maxRadius: sizeFor(look.size.max, look.size) } : null,
    problems: look.problems,
  };
}
