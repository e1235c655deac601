/**
 * A user's own data, read in their browser and drawn beside ours (issue: "your data beside ours").
 * The reading core is pure (no React, no MapLibre): bytes and a file name in, a table or features
 * out, every row that cannot be placed listed with its reason. It runs in a worker
 * (read.worker.ts); the same functions run in Node for the tests.
 */
import type { Feature, Geometry } from 'geojson';

/** What a file holds, decided from its name and its first bytes (sniff.ts). */
export type UserFileKind = 'geojson' | 'csv' | 'tsv' | 'xlsx' | 'kml' | 'kmz' | 'shapefile';

/** A cell's value once read: text as text, numbers from spreadsheets as numbers, blanks as null. */
export type CellValue = string | number | boolean | null;

/** The properties a user's feature carries: the row's fields, by column name. */
export type UserProperties = Record<string, CellValue>;

/** A user's feature: any GeoJSON geometry in WGS84 longitude/latitude (2-D), with the row's fields. */
export type UserFeature = Feature<Geometry, UserProperties> & { readonly id: number };

/** A table read from a CSV, TSV or spreadsheet, before its rows are placed on the map. */
export interface UserTable {
  /** Column names as in the header, made unique and non-empty ("column 3" for a blank header). */
  readonly columns: readonly string[];
  /** Each row's cells, as many as the columns (missing cells are null). */
  readonly rows: readonly (readonly CellValue[])[];
  /** Each row's number in the file as a person counts it (the header is row 1), for the messages. */
  readonly rowNumbers: readonly number[];
  /** What was detected while reading, said to the user: encoding, delimiter, sheet. */
  readonly notes: readonly string[];
  /** The same notes in both languages (`notes` holds their English), for the Japanese interface. */
  readonly bilingualNotes?: readonly Bilingual[];
  /** A CSV's or TSV's delimiter (absent for a spreadsheet): with a comma, a decimal comma cannot be meant. */
  readonly delimiter?: Delimiter;
}

/** The delimiters a CSV or TSV file may use (detected among these). */
export type Delimiter = ',' | ';' | '\t' | '|';

/** Where a table keeps its coordinates (column indices into `UserTable.columns`). */
export type CoordinateColumns =
  | { readonly kind: 'pair'; readonly lat: number; readonly lon: number }
  | { readonly kind: 'single'; readonly column: number; readonly order: 'lat,lon' | 'lon,lat' }
  | { readonly kind: 'wkt'; readonly column: number };

/** The units of a table's coordinates: degrees, or Web Mercator (EPSG:3857) metres. */
export type CoordinateUnits = 'degrees' | 'web-mercator';

/** How to place a table's rows: chosen by detection (detect-coordinates.ts), changeable by the user. */
export interface Placement {
  readonly columns: CoordinateColumns;
  readonly units: CoordinateUnits;
  /** Read latitude as longitude and the other way round (offered when the values suggest it). */
  readonly swap: boolean;
}

/** What detection found in a table, with why, for the user to confirm or change. */
export interface Detection {
  /** Null when no column looks like coordinates: the user must choose. */
  readonly placement: Placement | null;
  /** One line per finding, in English and Japanese: "Coordinates: 緯度 / 経度", "Values look like Web Mercator metres: converted". */
  readonly notes: readonly Bilingual[];
  /** The values suggest latitude and longitude are swapped: offer the swap, do not apply it silently. */
  readonly swapSuspected: boolean;
}

export interface Bilingual {
  readonly en: string;
  readonly ja: string;
}

/** A row (or feature) that could not be placed: listed, counted and downloadable, never dropped silently. */
export interface RejectedRow {
  /** The row's number in the file (header = 1), or the feature's index + 1 for feature files. */
  readonly row: number;
  /** The column (or property) at fault, when there is one. */
  readonly column: string | null;
  readonly reason: Bilingual;
  /** The row's cells as read, for the download of rejected rows. */
  readonly cells: readonly CellValue[];
}

/** Features ready to draw, with what was skipped and what was done to them. */
export interface UserFeatures {
  readonly features: readonly UserFeature[];
  /** The field names, in order (a table's columns; a feature file's property keys, first seen first). */
  readonly fields: readonly string[];
  readonly rejected: readonly RejectedRow[];
  /** What was converted or repaired, said to the user (Web Mercator converted, 3-D heights dropped, reprojected from …). */
  readonly notes: readonly Bilingual[];
}

/** What reading a file gives: a table to place (CSV, TSV, xlsx) or features (GeoJSON, KML, KMZ, shapefile). */
export type ReadOutcome =
  | { readonly kind: 'table'; readonly fileKind: UserFileKind; readonly table: UserTable; readonly detection: Detection }
  | { readonly kind: 'features'; readonly fileKind: UserFileKind; readonly result: UserFeatures };

/**
 * What the page holds of a table the reading worker keeps (read-requests.ts): all but its rows,
 * which only placing them needs, there. 100,000 rows on the page cost its heap and its collections.
 */
export interface TableSummary extends Omit<UserTable, 'rows' | 'rowNumbers'> {
  readonly rowCount: number;
}

/** A read as the page receives it: a table's summary, or the features. */
export type ReadSummary =
  | { readonly kind: 'table'; readonly fileKind: UserFileKind; readonly table: TableSummary; readonly detection: Detection }
  | { readonly kind: 'features'; readonly fileKind: UserFileKind; readonly result: UserFeatures };

/** Why a file could not be read at all: specific and actionable, in both languages. */
export interface ReadError {
  readonly code: 'too-large' | 'too-many-features' | 'empty' | 'unknown-kind' | 'not-what-it-says' | 'unreadable';
  readonly message: Bilingual;
}

/** How a user's layer is drawn: one neutral colour, or coloured by a column's values (≤ 12), sized by a numeric column. */
export interface UserLayerStyle {
  readonly colourBy: string | null;
  readonly sizeBy: string | null;
}

/** A user's layer as the app keeps it (in this browser only, IndexedDB) and draws it. */
export interface UserLayer {
  /** Unique in this browser; also names the map's source (`user-<id>`). */
  readonly id: string;
  /** Shown in the legend and exports; the file's name by default, editable. */
  readonly name: string;
  /** The source line the user typed ("AidData GCDF 3.0, 2023"); printed as "Overlay: …; source as given by the user". */
  readonly source: string;
  readonly fileName: string;
  readonly fileKind: UserFileKind;
  readonly features: readonly UserFeature[];
  readonly fields: readonly string[];
  /** How many rows or features were skipped (the list itself is shown when the file is opened). */
  readonly rejectedCount: number;
  readonly style: UserLayerStyle;
  readonly visible: boolean;
}
