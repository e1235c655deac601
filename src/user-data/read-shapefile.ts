/**
 * A zipped shapefile into features with shpjs, which reprojects from the .prj with proj4. Every
 * layer in the zip is read (each feature's `layer` then names its file); what the .prj said is in
 * the notes: "reprojected from …", "no .prj: assumed WGS 84", or a CRS proj4 could not use.
 */
import type { Feature, Geometry } from 'geojson';
import shp from 'shpjs';
import { err, type Result } from '../lib/result.ts';
import { normalizeFeatures } from './normalize-features.ts';
import { bilingual, readError } from './read-error.ts';
import type { Bilingual, ReadError, UserFeatures } from './types.ts';
import { unzipEntries } from './zip-entries.ts';

const PART = /^(.*)\.(shp|dbf|prj|cpg)$/i;

interface Layer {
  readonly name: string;
  readonly shp?: Uint8Array;
  readonly dbf?: Uint8Array;
  readonly prj?: Uint8Array;
  readonly cpg?: Uint8Array;
}

export async function readShapefile(bytes: Uint8Array, name: string): Promise<Result<UserFeatures, ReadError>> {
  const layers = layersOf(unzipEntries(bytes, (entry) => PART.test(entry)));
  if (layers.length === 0)
    return err(
      readError(
        'unknown-kind',
        `“${name}” holds no .shp file. A shapefile is several files with the same name (.shp, .shx, .dbf, .prj): zip them together.`,
        `「${name}」には .shp ファイルがありません。シェープファイルは同じ名前の複数のファイル（.shp、.shx、.dbf、.prj）からなります。まとめて zip にしてください。`,
      ),
    );
  const features: Feature<Geometry | null>[] = [];
  const notes: Bilingual[] = [];
  for (const layer of layers) {
    const { shp: shpBytes, dbf, prj, cpg } = layer;
    if (!shpBytes) continue;
    const collection = await shp({ shp: shpBytes, ...(dbf && { dbf }), ...(prj && { prj }), ...(cpg && { cpg }) });
    // "ports: reprojected from …" when the zip holds several layers, "Reprojected from …" when one.
    const said = (note: Bilingual): Bilingual =>
      layers.length > 1
        ? bilingual(`${layer.name}: ${note.en}`, `${layer.name}: ${note.ja}`)
        : bilingual(note.en.charAt(0).toUpperCase() + note.en.slice(1), note.ja);
    const crsNote = prjNote(prj, collection.features);
    if (crsNote) notes.push(said(crsNote));
    if (!dbf)
      notes.push(said(bilingual('no .dbf file: the features have no fields.', '.dbf ファイルがないため、地物に属性がありません。')));
    for (const feature of collection.features) {
      features.push(layers.length > 1 ? { ...feature, properties: { layer: layer.name, ...feature.properties } } : feature);
    }
  }
  const result = normalizeFeatures({ type: 'FeatureCollection', features }, name);
  if (!result.ok) return result;
  const names = layers.map((layer) => layer.name).join(', ');
  if (layers.length > 1)
    notes.unshift(
      bilingual(
        `The zip holds ${layers.length} shapefiles (${names}): all were read, and each feature's "layer" field names its own.`,
        `この zip には ${layers.length} 個のシェープファイル（${names}）があり、すべて読みました。各地物の「layer」欄がそのファイル名です。`,
      ),
    );
  return { ok: true, value: { ...result.value, notes: [...notes, ...result.value.notes] } };
}

/** The zip's parts grouped by file name without extension: one layer per .shp, in the zip's order. */
function layersOf(entries: Record<string, Uint8Array>): Layer[] {
  const byBase = new Map<string, Record<string, Uint8Array>>();
  for (const [path, content] of Object.entries(entries)) {
    const [, base = path, extension = ''] = PART.exec(path) ?? [];
    const parts = byBase.get(base) ?? {};
    parts[extension.toLowerCase()] = content;
    byBase.set(base, parts);
  }
  const layers: Layer[] = [];
  for (const [base, parts] of byBase) {
    if (!parts.shp) continue;
    layers.push({ name: base.slice(base.lastIndexOf('/') + 1), ...parts });
  }
  return layers;
}

/** What the .prj means for the coordinates, said to the user; null for plain WGS 84 longitude/latitude. */
function prjNote(prj: Uint8Array | undefined, features: readonly Feature<Geometry | null>[]): Bilingual | null {
  if (!prj)
    return bilingual(
      'no .prj file: coordinates assumed to be WGS 84 longitude and latitude.',
      '.prj ファイルがないため、座標は WGS 84 の経度・緯度とみなしました。',
    );
  const wkt = new TextDecoder('utf-8').decode(prj);
  const match = /^\s*(PROJCS|PROJCRS|GEOGCS|GEOGCRS|GEODCRS|COMPD_CS|COMPOUNDCRS)\s*\[\s*"([^"]*)"/i.exec(wkt);
  const crs = match?.[2] ?? wkt.trim().slice(0, 60);
  const projected = /^PROJ|^COMP/i.test(match?.[1] ?? '');
  if (!projected && /WGS[\s_]*(19)?84/i.test(crs)) return null;
  if (projected && !inDegrees(features))
    return bilingual(
      `the .prj names a coordinate system (${crs}) that could not be used: coordinates were read as they are.`,
      `.prj の座標系（${crs}）を使えなかったため、座標をそのまま読みました。`,
    );
  return bilingual(`reprojected from ${crs} to WGS 84 longitude and latitude.`, `${crs} から WGS 84 の経度・緯度に投影変換しました。`);
}

/** True when the first position found is within longitude/latitude range (proj4 reprojected it). */
function inDegrees(features: readonly Feature<Geometry | null>[]): boolean {
  for (const feature of features) {
    const position = firstPosition(feature.geometry);
    if (position) return Math.abs(position[0] ?? 0) <= 180 && Math.abs(position[1] ?? 0) <= 90;
  }
  return true;
}

function firstPosition(geometry: Geometry | null): number[] | null {
  if (!geometry) return null;
  if (geometry.type === 'GeometryCollection') return firstPosition(geometry.geometries[0] ?? null);
  let coordinates: unknown = geometry.coordinates;
  while (Array.isArray(coordinates) && Array.isArray(coordinates[0])) coordinates = coordinates[0];
  return Array.isArray(coordinates) && typeof coordinates[0] === 'number' ? (coordinates as number[]) : null;
}
