/** Values read from JSON-like sources made into table cells, and set as fields whatever their names. */
import type { CellValue, UserProperties } from './types.ts';

/**
 * Sets a field as an own property whatever its name: a column called "__proto__" (JSON.parse makes
 * it an own key) would otherwise set the object's prototype and vanish from the row.
 */
export function setField(properties: UserProperties, key: string, value: CellValue): void {
  if (key === '__proto__') Object.defineProperty(properties, key, { value, enumerable: true, writable: true, configurable: true });
  else properties[key] = value;
}

/** A value as a cell: objects and lists as JSON text, dates as ISO dates, what is not finite as blank. */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? null;
}
