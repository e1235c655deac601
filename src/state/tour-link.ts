/**
 * A tour shared as a link: the tour file's JSON, compressed (raw deflate, the browser's own
 * CompressionStream) and written base64url into the URL's fragment, `#tour=…`. A fragment is never
 * sent to a server, so the tour (and any layer of the user's own it carries) stays between the
 * people who pass the link on. A link longer than TOUR_LINK_MAX_CHARS is refused with its length,
 * and the tour file is the way to share it. Reading a link never throws: a damaged or cut link
 * gives a message saying so.
 */
import { err, ok, type Result } from '../lib/result.ts';

/** The longest link offered: mail and chat programs cut or refuse longer ones (browsers take far more). */
export const TOUR_LINK_MAX_CHARS = 16_000;
/** The most a link's tour may hold once inflated: as a tour file (tour.ts). */
export const MAX_INFLATED_BYTES = 8 * 1024 * 1024;

const KEY = 'tour=';

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new RangeError(`more than ${limit} bytes once unpacked`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (`#tour=…`) that carries a tour file's JSON text, or its length when it is too long for a link. */
export async function tourLinkFragment(json: string): Promise<Result<string, { readonly chars: number; readonly max: number }>> {
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  const fragment = `#${KEY}${toBase64Url(packed)}`;
  return fragment.length > TOUR_LINK_MAX_CHARS ? err({ chars: fragment.length, max: TOUR_LINK_MAX_CHARS }) : ok(fragment);
}

/** The packed tour in a URL's fragment (`location.hash`), or null when it carries none. */
export function tourInFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(KEY.slice(0, -1));
}

/** Why a link's tour cannot be read: longer than a link may be, not a tour link, cut or damaged, or too large once unpacked. */
export type TourLinkProblem = 'too-long' | 'not-a-link' | 'damaged' | 'too-large';

/** The tour file's JSON text a link carries, or why it cannot be read (its tour is then checked as a file is: tour.ts). */
export async function unpackTourLink(packed: string): Promise<Result<string, TourLinkProblem>> {
  if (packed.length > TOUR_LINK_MAX_CHARS) return err('too-long');
  const bytes = fromBase64Url(packed);
  if (!bytes || bytes.length === 0) return err('not-a-link');
  try {
    const json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (error) {
    return err(error instanceof RangeError ? 'too-large' : 'damaged');
  }
}
