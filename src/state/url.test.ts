import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AppState } from './app-state.ts';
import { parseUrl, parseView, serializeUrl } from './url.ts';

const context = { isKnownId: (id: string) => id === 'palau-airport-terminal' };

describe('parseUrl', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseUrl('', context)).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });

  it('reads language, selection and view', () => {
    expect(parseUrl('?lang=ja&id=palau-airport-terminal&view=150,5,2.5', context).state).toEqual({
      lang: 'ja',
      selected: 'palau-airport-terminal',
      view: { lng: 150, lat: 5, zoom: 2.5 },
    });
  });

  it.each([
    ['lang=fr', 'lang', 'expected en or ja'],
    ['id=no-such-thing', 'id', 'no initiative has this id'],
    ['view=1,2', 'view', 'expected <longitude>,<latitude>,<zoom> with zoom 0–16'],
    ['view=200,0,2', 'view', 'expected <longitude>,<latitude>,<zoom> with zoom 0–16'],
    ['view=0,0,99', 'view', 'expected <longitude>,<latitude>,<zoom> with zoom 0–16'],
    ['view=NaN,0,2', 'view', 'expected <longitude>,<latitude>,<zoom> with zoom 0–16'],
  ])('ignores %s and says why', (query, param, reason) => {
    const { state, ignored } = parseUrl(`?${query}`, context);
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored).toEqual([{ param, value: new URLSearchParams(query).get(param), reason }]);
  });

  it('keeps the valid values when others are invalid', () => {
    const { state, ignored } = parseUrl('?lang=ja&id=nope&view=x', context);
    expect(state.lang).toBe('ja');
    expect(ignored.map((i) => i.param)).toEqual(['id', 'view']);
  });

  it('never throws on garbage', () => {
    const garbage = ['%', '?%E0%A4%A', '?lang=%00', '?id=<script>alert(1)</script>', '?view=,,,', '?&&&=&=', `?${'a'.repeat(10_000)}`, '?lang=ja&lang=en'];
    for (const query of garbage) expect(() => parseUrl(query, context)).not.toThrow();
  });
});

describe('serializeUrl', () => {
  it('leaves the defaults out', () => {
    expect(serializeUrl(DEFAULT_STATE)).toBe('');
  });

  it.each<AppState>([
    { lang: 'ja', selected: null, view: null },
    { lang: 'en', selected: 'palau-airport-terminal', view: null },
    { lang: 'ja', selected: 'palau-airport-terminal', view: { lng: -170.5, lat: -14.25, zoom: 4.5 } },
  ])('round-trips %j', (state) => {
    expect(parseUrl(`?${serializeUrl(state)}`, context)).toEqual({ state, ignored: [] });
  });

  it('writes the view with readable commas', () => {
    expect(serializeUrl({ ...DEFAULT_STATE, view: { lng: 150, lat: 5, zoom: 2 } })).toBe('view=150.000,5.000,2.00');
  });
});

describe('parseView', () => {
  it.each([
    ['150,5,2', { lng: 150, lat: 5, zoom: 2 }],
    ['-180,-85,0', { lng: -180, lat: -85, zoom: 0 }],
    ['150,5', null],
    ['150,5,2,1', null],
    ['a,b,c', null],
    ['150,,2', null],
    ['150,86,2', null],
  ])('%s', (input, expected) => {
    expect(parseView(input)).toEqual(expected);
  });
});
