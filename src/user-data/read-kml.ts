/**
 * KML and KMZ into features with @tmcw/togeojson, on @xmldom/xmldom's parser (there is no DOM in a
 * worker or in Node). A placemark's folders become its `folder` property ("Ports / Pacific"), its
 * ExtendedData its other properties; a KMZ's first .kml is read.
 */
import { DOMParser } from '@xmldom/xmldom';
import { kmlWithFolders, type Folder, type F } from '@tmcw/togeojson';
import { errorMessage } from '../lib/error-message.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { normalizeFeatures } from './normalize-features.ts';
import { bilingual, readError } from './read-error.ts';
import type { ReadError, UserFeatures } from './types.ts';
import { unzipEntries } from './zip-entries.ts';

/**
 * The properties togeojson makes of KML styles (`styleUrl`, `icon-scale`, `stroke`, `fill-opacity`…):
 * our layer draws in its own colours, and a person reading a row has no use for them.
 */
const STYLE_KEY = /^(icon|label|stroke|fill)(-|$)|^style(Url|Hash|MapHash)$/;

export function readKml(bytes: Uint8Array, name: string): Result<UserFeatures, ReadError> {
  const text = decodeXml(bytes);
  if (text.trim() === '') return err(readError('empty', `“${name}” is empty.`, `「${name}」は空です。`));
  const problems: string[] = [];
  let root: ReturnType<typeof kmlWithFolders> | undefined;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(text, 'text/xml');
    const element = doc.documentElement;
    if (problems.length === 0 && element?.localName !== 'kml') {
      return err(
        readError(
          'not-what-it-says',
          `“${name}” is XML but not KML: its root element is <${element?.nodeName ?? '?'}>, not <kml>.`,
          `「${name}」は XML ですが KML ではありません。ルート要素が <kml> ではなく <${element?.nodeName ?? '?'}> です。`,
        ),
      );
    }
    root = kmlWithFolders(doc);
  } catch (error) {
    problems.push(errorMessage(error));
  }
  if (problems.length > 0 || root === undefined) {
    const first = (problems[0] ?? 'unknown error').split('\n')[0] ?? '';
    return err(
      readError(
        'unreadable',
        `“${name}” is not well-formed XML: ${first}. Export it again from the program that made it.`,
        `「${name}」は正しい形式の XML ではありません: ${first}。作成したプログラムからもう一度書き出してください。`,
      ),
    );
  }
  const features: F[] = [];
  collectPlacemarks(root.children, [], features);
  if (features.length === 0)
    return err(readError('empty', `“${name}” holds no placemarks.`, `「${name}」には目印（プレースマーク）がありません。`));
  return normalizeFeatures({ type: 'FeatureCollection', features }, name);
}

export function readKmz(bytes: Uint8Array, name: string): Result<UserFeatures, ReadError> {
  const kmls = unzipEntries(bytes, (entry) => entry.toLowerCase().endsWith('.kml'));
  const names = Object.keys(kmls);
  const first = names[0];
  const kml = first === undefined ? undefined : kmls[first];
  if (first === undefined || kml === undefined)
    return err(readError('empty', `“${name}” holds no .kml file.`, `「${name}」には .kml ファイルが入っていません。`));
  const result = readKml(kml, `${name} › ${first}`);
  if (!result.ok || names.length === 1) return result;
  const note = bilingual(
    `The KMZ holds ${names.length} KML files; the first, ${first}, was read.`,
    `この KMZ には ${names.length} 個の KML ファイルがあり、最初の ${first} を読みました。`,
  );
  return ok({ ...result.value, notes: [note, ...result.value.notes] });
}

function collectPlacemarks(children: readonly (Folder | F)[], folders: readonly string[], out: F[]): void {
  for (const child of children) {
    if (child.type === 'folder') {
      const folderName = typeof child.meta.name === 'string' && child.meta.name !== '' ? child.meta.name : '…';
      collectPlacemarks(child.children, [...folders, folderName], out);
      continue;
    }
    const properties: Record<string, unknown> = { ...child.properties };
    for (const key of Object.keys(properties)) if (STYLE_KEY.test(key)) delete properties[key];
    if (folders.length > 0 && !('folder' in properties)) properties.folder = folders.join(' / ');
    out.push({ ...child, properties });
  }
}

/** UTF-8 unless the XML declaration names another encoding this platform decodes (Shift_JIS, for one). */
function decodeXml(bytes: Uint8Array): string {
  const declared = /^\s*<\?xml[^>]*encoding=["']([\w.-]+)["']/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)));
  try {
    return new TextDecoder(declared?.[1] ?? 'utf-8').decode(bytes);
  } catch {
    // An encoding the platform does not know: UTF-8 is what nearly every KML is.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
