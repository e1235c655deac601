/**
 * A GeoJSON file's bytes into features: UTF-8 text, JSON with the place of any error, then
 * normalizeFeatures. A .json that is a list of records instead is a table (json-records.ts).
 */
import { errorMessage } from '../lib/error-message.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { recordsTable } from './json-records.ts';
import { LIMITS } from './limits.ts';
import { jsonErrorPlace } from './json-error-place.ts';
import { normalizeFeatures, tooMany } from './normalize-features.ts';
import { readError } from './read-error.ts';
import type { ReadError, UserFeatures, UserTable } from './types.ts';

export type JsonRead = { readonly kind: 'features'; readonly result: UserFeatures } | { readonly kind: 'table'; readonly table: UserTable };

export function readGeoJson(bytes: Uint8Array, name: string): Result<JsonRead, ReadError> {
  // GeoJSON is UTF-8 (RFC 7946); the decoder drops a byte-order mark.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') return err(readError('empty', `“${name}” is empty.`, `「${name}」は空です。`));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = withLineAndColumn(errorMessage(error), text);
    return err(
      readError(
        'unreadable',
        `“${name}” is not valid JSON: ${message}. It may be cut short or edited by hand: check it there, or export it again.`,
        `「${name}」は正しい JSON ではありません: ${message}。途中で切れているか、手で編集された可能性があります。その箇所を確かめるか、もう一度書き出してください。`,
      ),
    );
  }
  const table = recordsTable(parsed);
  if (table) return table.rows.length > LIMITS.features ? err(tooMany(name, table.rows.length)) : ok({ kind: 'table', table });
  const features = normalizeFeatures(parsed, name);
  return features.ok ? ok({ kind: 'features', result: features.value }) : features;
}

/** The parser's message with the line and column where the text first goes wrong (and what is there). */
export function withLineAndColumn(message: string, text: string): string {
  const place = jsonErrorPlace(text);
  if (!place) return message;
  const found = place.offset < text.length ? `“${text.slice(place.offset, place.offset + 12)}”` : 'the end of the file';
  return `${message} (line ${place.line}, column ${place.column}: ${found})`;
}
