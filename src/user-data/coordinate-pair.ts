/**
 * One cell holding both coordinates ("35.68, 139.76", "35.68 139.76", "(35.68; 139.76)",
 * "35°40'N 139°45'E") split into its two parts. The order is the placement's to decide.
 */
import type { CellValue, UserTable } from './types';

const BRACKETS = /^[\s([{]+|[\s)\]}]+$/g;
const WHITESPACE = /\s+/;
const COMMA_SPACE = /,\s+/;

/** A lone comma in a number can be a decimal comma only when the file is not comma-separated. */
export function decimalCommaFor(table: UserTable): boolean {
  return table.delimiter !== ',';
}

/** The two parts of a "lat, lon" cell, or null when it does not hold exactly two. */
export function splitPair(cell: CellValue): readonly [string, string] | null {
  if (typeof cell !== 'string') return null;
  const s = cell.replace(BRACKETS, '');
  if (s.includes(';')) return two(s.split(';'));
  const commas = s.split(',').length - 1;
  if (commas === 1) return two(s.split(','));
  // "35,6, 139,7" (decimal commas): the comma followed by a space.
  const byCommaSpace = two(s.split(COMMA_SPACE));
  if (byCommaSpace) return byCommaSpace;
  // "35,6 139,7" or "35.6 139.7": the space between them.
  return two(s.split(WHITESPACE));
}

function two(parts: string[]): readonly [string, string] | null {
  if (parts.length !== 2) return null;
  const a = parts[0]!.trim();
  const b = parts[1]!.trim();
  return a !== '' && b !== '' ? [a, b] : null;
}
