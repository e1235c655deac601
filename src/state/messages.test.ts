import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_MESSAGES, readHostMessage, tally } from './messages.ts';

const own = 'http://127.0.0.1:4173';
const allowed = ['https://slides.example.org'];
const read = (data: unknown, ...origin: unknown[]) => readHostMessage(origin.length > 0 ? origin[0] : own, data, own, allowed);

describe('readHostMessage', () => {
  it.each<[unknown]>([
    [{ type: 'foip:set-query', query: 'pillar=3' }],
    [{ type: 'foip:select', id: 'osa-uav-tonga' }],
    [{ type: 'foip:select', id: null }],
    [{ type: 'foip:fly-to', lng: 134.5, lat: 7.4, zoom: 6 }],
    [{ type: 'foip:tour', action: 'start', id: 'osa' }],
    [{ type: 'foip:tour', action: 'next' }],
    [{ type: 'foip:tour', action: 'stop' }],
  ])('accepts %j', (data) => {
    expect(read(data)).toEqual({ ok: true, value: data });
  });

  it('accepts an allowed foreign origin', () => {
    expect(read({ type: 'foip:tour', action: 'next' }, 'https://slides.example.org').ok).toBe(true);
  });

  it.each<[unknown, unknown]>([
    [{ type: 'foip:tour', action: 'next' }, 'https://evil.example'],
    [{ type: 'foip:tour', action: 'next' }, 'null'],
    [{ type: 'foip:tour', action: 'next' }, undefined],
  ])('refuses %j from origin %j', (data, origin) => {
    expect(read(data, origin)).toEqual({ ok: false, error: 'origin' });
  });

  it.each<[unknown]>([
    [null],
    ['foip:tour'],
    [42],
    [[]],
    [{}],
    [{ type: 'foip:fly-to', lng: 999, lat: 0, zoom: 2 }],
    [{ type: 'foip:fly-to', lng: '1', lat: 0, zoom: 2 }],
    [{ type: 'foip:tour', action: 'explode' }],
    [{ type: 'foip:tour', action: 'start' }],
    [{ type: 'foip:set-query', query: 'x'.repeat(5000) }],
    [{ type: 'foip:select', id: 'a', extra: true }],
    [{ type: '__proto__' }],
  ])('refuses malformed %j', (data) => {
    expect(read(data)).toEqual({ ok: false, error: 'malformed' });
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
        fc.oneof(fc.string(), fc.constant(own)),
        (data, origin) => {
          expect(() => read(data, origin)).not.toThrow();
        },
      ),
      { numRuns: 1000, seed: 42 },
    );
  });
});

describe('tally', () => {
  it('counts accepted, malformed and foreign messages apart', () => {
    let counts = NO_MESSAGES;
    counts = tally(counts, read({ type: 'foip:tour', action: 'next' }));
    counts = tally(counts, read({ nope: 1 }));
    counts = tally(counts, read({ nope: 1 }));
    counts = tally(counts, read({ type: 'foip:tour', action: 'next' }, 'https://evil.example'));
    expect(counts).toEqual({ accepted: 1, malformed: 2, origin: 1 });
  });
});
