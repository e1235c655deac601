/**
 * The embed API: messages a host page may post to an embedded map, and the events the
 * map posts back. Every incoming message is validated here; anything else is ignored
 * and counted, never thrown.
 *
 * Host → map (all carry `type`):
 *   { type: 'foip:set-query', query: 'pillar=3&country=PHL' }   filters, selection, layers as a URL query
 *   { type: 'foip:select', id: 'palau-airport-terminal' | null }
 *   { type: 'foip:fly-to', lng: 134.5, lat: 7.4, zoom: 6 }
 *   { type: 'foip:tour', action: 'start', id: 'osa' } | { type: 'foip:tour', action: 'next' | 'previous' | 'first' | 'last' | 'stop' }
 * Map → host:
 *   { type: 'foip:ready', version: 1, tours: [...] }
 *   { type: 'foip:selection-changed', id: string | null }
 *   { type: 'foip:state-changed', query: string }
 */
import { z } from '../data/zod.ts';
import { err, ok, type Result } from '../lib/result.ts';

export const PROTOCOL_VERSION = 1;

const HostMessageSchema = z.union([
  z.strictObject({ type: z.literal('foip:set-query'), query: z.string().check(z.maxLength(2000)) }),
  z.strictObject({ type: z.literal('foip:select'), id: z.nullable(z.string().check(z.maxLength(200))) }),
  z.strictObject({
    type: z.literal('foip:fly-to'),
    lng: z.number().check(z.gte(-180), z.lte(180)),
    lat: z.number().check(z.gte(-85), z.lte(85)),
    zoom: z.number().check(z.gte(0), z.lte(16)),
  }),
  z.strictObject({ type: z.literal('foip:tour'), action: z.literal('start'), id: z.string().check(z.maxLength(100)) }),
  z.strictObject({ type: z.literal('foip:tour'), action: z.enum(['next', 'previous', 'first', 'last', 'stop']) }),
]);

export type HostMessage = z.infer<typeof HostMessageSchema>;

export type MapEvent =
  | { readonly type: 'foip:ready'; readonly version: number; readonly tours: readonly string[] }
  | { readonly type: 'foip:selection-changed'; readonly id: string | null }
  | { readonly type: 'foip:state-changed'; readonly query: string };

export type Rejection = 'origin' | 'malformed';

/** Whether a message from `origin` may drive the map: the page's own origin, or one the embed URL allows. */
export function isAllowedOrigin(origin: string, ownOrigin: string, allowed: readonly string[]): boolean {
  return origin === ownOrigin || allowed.includes(origin);
}

/** Validates a message event's origin and data. Never throws. */
export function readHostMessage(
  origin: unknown,
  data: unknown,
  ownOrigin: string,
  allowed: readonly string[],
): Result<HostMessage, Rejection> {
  if (typeof origin !== 'string' || !isAllowedOrigin(origin, ownOrigin, allowed)) return err('origin');
  const parsed = HostMessageSchema.safeParse(data);
  return parsed.success ? ok(parsed.data) : err('malformed');
}

/** Tallies of what was ignored, shown to the host page's developer through a data attribute. */
export interface MessageTally {
  readonly accepted: number;
  readonly malformed: number;
  readonly origin: number;
}

export const NO_MESSAGES: MessageTally = { accepted: 0, malformed: 0, origin: 0 };

export function tally(counts: MessageTally, result: Result<HostMessage, Rejection>): MessageTally {
  return result.ok ? { ...counts, accepted: counts.accepted + 1 } : { ...counts, [result.error]: counts[result.error] + 1 };
}
