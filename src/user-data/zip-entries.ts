/**
 * The names inside a zip, and the files asked for, by fflate. The sniffer needs only the names
 * (nothing is inflated for them); KMZ and shapefile readers take the few files they read.
 */
import { unzipSync } from 'fflate';

/** True when the bytes start as a zip does (a local file header, or the end record of an empty zip). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** Every entry's name, in the zip's order, without inflating any; macOS's `__MACOSX/` copies left out. */
export function zipNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      if (!isMacCopy(file.name) && !file.name.endsWith('/')) names.push(file.name);
      return false;
    },
  });
  return names;
}

/** The entries whose names `wanted` accepts, inflated, keyed by name in the zip's order. */
export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  return unzipSync(bytes, { filter: (file) => !isMacCopy(file.name) && !file.name.endsWith('/') && wanted(file.name) });
}

function isMacCopy(name: string): boolean {
  return name.startsWith('__MACOSX/') || name.split('/').some((part) => part.startsWith('._'));
}
