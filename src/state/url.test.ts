import fc from 'fast-check';
import { urlQuery } from '../../tests/fixtures/url-queries.ts';
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
      ...DEFAULT_STATE,
      lang: 'ja',
      selected: 'palau-airport-terminal',
      view: { lng: 150, lat: 5, zoom: 2.5 },
    });
  });

  it('reads every facet, comma-separated, in canonical form', () => {
    const { state, ignored } = parseUrl(
      '?pillar=1,3&partner=AUS,asean&tool=osa,ODA&country=phl,FJI&region=pacific-islands&precision=1,6&status=Ongoing,unstated&q=cable',
      context,
    );
    expect(ignored).toEqual([]);
    expect(state.filters).toEqual({
      pillar: [1, 3],
      partner: ['AUS', 'ASEAN'],
      tool: ['OSA', 'ODA'],
      country: ['PHL', 'FJI'],
      region: ['pacific-islands'],
      precision: [1, 6],
      status: ['ongoing', 'unstated'],
      q: 'cable',
    });
  });

  it('drops repeated values', () => {
    expect(parseUrl('?pillar=3,3,3', context).state.filters.pillar).toEqual([3]);
  });

  it('reads the sidebar’s panel, in any case, the list by default', () => {
    expect(parseUrl('?panel=summary', context).state.panel).toBe('summary');
    expect(parseUrl('?panel=Summary', context).state.panel).toBe('summary');
    expect(parseUrl('?panel=list', context).state.panel).toBe('list');
    expect(parseUrl('', context).state.panel).toBe('list');
  });

  it('reads the optional layers', () => {
    expect(parseUrl('?layers=arcs,choropleth', context).state.layers).toEqual(['arcs', 'choropleth']);
  });

  it.each([
    ['lang=fr', 'lang', 'expected en or ja'],
    ['id=no-such-thing', 'id', 'no initiative has this id'],
    ['view=1,2', 'view', 'expected <longitude>,<latitude>,<zoom> with zoom 0–16'],
    ['view=200,0,2', 'view', 'expected <longitude>,<latitude>,<zoom> with zoom 0–16'],
    ['view=0,0,99', 'view', 'expected <longitude>,<latitude>,<zoom> with zoom 0–16'],
    ['view=NaN,0,2', 'view', 'expected <longitude>,<latitude>,<zoom> with zoom 0–16'],
    ['pillar=4', 'pillar', 'expected 1, 2 or 3'],
    ['partner=NATO', 'partner', 'expected an ISO 3166-1 alpha-3 country code or one of WB, ADB, ASEAN, EU, IEA, QUAD, PIF, AU'],
    ['tool=bribes', 'tool', expect.stringMatching(/^expected one of ODA, OSA/)],
    ['country=XX', 'country', 'expected an ISO 3166-1 alpha-3 country code such as PHL'],
    ['region=atlantis', 'region', expect.stringMatching(/^expected one of south-asia/)],
    ['precision=7', 'precision', 'expected one of 1, 2, 3, 4, 5, 6, 8'],
    ['status=finished', 'status', 'expected one of planned, decided, agreed, launched, ongoing, unstated'],
    ['layers=heat', 'layers', 'expected choropleth or arcs'],
    ['panel=charts', 'panel', 'expected list or summary'],
  ])('ignores %s and says why', (query, param, reason) => {
    const { state, ignored } = parseUrl(`?${query}`, context);
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored).toEqual([{ param, value: new URLSearchParams(query).get(param), reason }]);
  });

  it('keeps the valid values of a list and names the invalid ones', () => {
    const { state, ignored } = parseUrl('?pillar=3,9&country=PHL,ZZZ', context);
    expect(state.filters.pillar).toEqual([3]);
    expect(state.filters.country).toEqual(['PHL']);
    expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual(['pillar=9', 'country=ZZZ']);
  });

  it.each(['%00', 'a%E2%80%AEb', 'x%07'])('refuses a search with control or formatting characters: %s', (q) => {
    const { state, ignored } = parseUrl(`?q=${q}`, context);
    expect(state.filters.q).toBe('');
    expect(ignored[0]?.reason).toBe('expected text without control or formatting characters');
  });

  it('refuses an overlong search', () => {
    const { state, ignored } = parseUrl(`?q=${'x'.repeat(500)}`, context);
    expect(state.filters.q).toBe('');
    expect(ignored[0]?.reason).toBe('expected at most 200 characters');
  });

  it('keeps the valid values when others are invalid', () => {
    const { state, ignored } = parseUrl('?lang=ja&id=nope&view=x', context);
    expect(state.lang).toBe('ja');
    expect(ignored.map((i) => i.param)).toEqual(['id', 'view']);
  });

  it('never throws on garbage', () => {
    const garbage = [
      '%',
      '?%E0%A4%A',
      '?lang=%00',
      '?id=<script>alert(1)</script>',
      '?view=,,,',
      '?&&&=&=',
      `?${'a'.repeat(10_000)}`,
      '?lang=ja&lang=en',
      '?pillar=,,,',
      '?country=%F0%9F%92%A9',
      '?tool=__proto__',
      '?region=constructor',
      '?partner=toString',
    ];
    for (const query of garbage) expect(() => parseUrl(query, context)).not.toThrow();
  });
});

describe('parseUrl: tours and embedding', () => {
  const tours = { ...context, tourLength: (id: string) => (id === 'osa' ? 4 : undefined) };

  it('reads a tour and its 1-based step', () => {
    expect(parseUrl('?tour=osa&step=3', tours).state.tour).toEqual({ id: 'osa', step: 2 });
    expect(parseUrl('?tour=osa', tours).state.tour).toEqual({ id: 'osa', step: 0 });
  });

  it.each([
    ['tour=nope', 'tour', 'no tour has this id'],
    ['tour=osa&step=9', 'step', 'expected a step from 1 to 4'],
    ['tour=osa&step=-1', 'step', 'expected a step from 1 to 4'],
    ['embed=yes', 'embed', 'expected 1'],
    ['origins=javascript:alert(1)', 'origins', 'expected an origin such as https://example.org'],
    ['origins=https://example.org/path', 'origins', 'expected an origin such as https://example.org'],
    ['origins=*', 'origins', 'expected an origin such as https://example.org'],
  ])('ignores %s', (query, param, reason) => {
    expect(parseUrl(`?${query}`, tours).ignored).toEqual([expect.objectContaining({ param, reason })]);
  });

  it('reads embed mode and the allowed origins', () => {
    const { state } = parseUrl('?embed=1&origins=https://slides.example.org,http://localhost:8080', tours);
    expect(state.embed).toBe(true);
    expect(state.origins).toEqual(['https://slides.example.org', 'http://localhost:8080']);
  });

  it('round-trips tour, embed and origins', () => {
    const state = { ...DEFAULT_STATE, tour: { id: 'osa', step: 1 }, embed: true, origins: ['https://slides.example.org'] };
    expect(parseUrl(`?${serializeUrl(state)}`, tours)).toEqual({ state, ignored: [] });
    expect(serializeUrl(state)).toBe('tour=osa&step=2&embed=1&origins=https://slides.example.org');
  });
});

describe('parseUrl: profiles', () => {
  const withData = { ...context, profileExists: (p: { kind: string; value: string }) => p.value !== 'FRA' };

  it.each([
    ['profile=country:PHL', { kind: 'country', value: 'PHL' }],
    ['profile=partner:aus', { kind: 'partner', value: 'AUS' }],
    ['profile=tool:OSA', { kind: 'tool', value: 'OSA' }],
    ['profile=region:pacific-islands', { kind: 'region', value: 'pacific-islands' }],
  ])('reads %s', (query, profile) => {
    expect(parseUrl(`?${query}`, withData)).toEqual({ state: { ...DEFAULT_STATE, profile }, ignored: [] });
  });

  it.each([
    ['profile=xyz:1', 'expected <kind>:<value> with kind country, partner, tool, region'],
    ['profile=country:XX', 'expected an ISO 3166-1 alpha-3 country code such as PHL'],
    ['profile=country:FRA', 'no initiative has this host country'],
  ])('ignores %s, names it, and keeps the rest', (query, reason) => {
    const { state, ignored } = parseUrl(`?${query}&lang=ja&pillar=3`, withData);
    expect(state).toEqual({ ...DEFAULT_STATE, lang: 'ja', filters: { ...DEFAULT_STATE.filters, pillar: [3] } });
    expect(ignored).toEqual([{ param: 'profile', value: new URLSearchParams(query).get('profile'), reason }]);
  });

  it('round-trips a profile beside the filters it waits in front of', () => {
    const state: AppState = {
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, pillar: [3] },
      profile: { kind: 'region', value: 'southeast-asia' },
    };
    expect(serializeUrl(state)).toBe('pillar=3&profile=region:southeast-asia');
    expect(parseUrl(`?${serializeUrl(state)}`, withData)).toEqual({ state, ignored: [] });
  });
});

describe('serializeUrl', () => {
  it('leaves the defaults out', () => {
    expect(serializeUrl(DEFAULT_STATE)).toBe('');
  });

  it.each<AppState>([
    { ...DEFAULT_STATE, lang: 'ja' },
    { ...DEFAULT_STATE, selected: 'palau-airport-terminal' },
    { ...DEFAULT_STATE, lang: 'ja', selected: 'palau-airport-terminal', view: { lng: -170.5, lat: -14.25, zoom: 4.5 } },
    {
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, pillar: [1, 3], partner: ['AUS', 'QUAD'], q: 'undersea cable, Tuvalu & "Fiji"' },
    },
    {
      ...DEFAULT_STATE,
      filters: {
        pillar: [2],
        partner: ['EU'],
        tool: ['trade-rules'],
        country: ['IDN'],
        region: ['southeast-asia'],
        precision: [5, 6],
        status: ['decided', 'unstated'],
        q: 'ＡＩ',
      },
      layers: ['choropleth'],
    },
    { ...DEFAULT_STATE, panel: 'summary', filters: { ...DEFAULT_STATE.filters, partner: ['PHL'] } },
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

describe('parseUrl under fuzzing', () => {
  const known = ['palau-airport-terminal'];
  const query = urlQuery;

  it('never throws, and everything it keeps is valid', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state } = parseUrl(search, { isKnownId: (id) => known.includes(id) });
        expect(['en', 'ja']).toContain(state.lang);
        expect(state.filters.pillar.every((p) => [1, 2, 3].includes(p))).toBe(true);
        expect(state.selected === null || known.includes(state.selected)).toBe(true);
        expect(state.filters.q.length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 1000, seed: 20261123 },
    );
  });

  it('round-trips any state it produced', () => {
    fc.assert(
      fc.property(query, (search) => {
        const context = { isKnownId: (id: string) => known.includes(id) };
        const { state } = parseUrl(search, context);
        const again = parseUrl(`?${serializeUrl(state)}`, context);
        expect(again.ignored).toEqual([]);
        expect({ ...again.state, filters: { ...again.state.filters, q: again.state.filters.q.trim() }, view: null }).toEqual({
          ...state,
          filters: { ...state.filters, q: state.filters.q.trim() },
          view: null,
        });
        // The view is written to 3 decimals (zoom to 2).
        expect(again.state.view === null).toBe(state.view === null);
        if (state.view && again.state.view) {
          expect(Math.abs(again.state.view.lng - state.view.lng)).toBeLessThanOrEqual(0.0005);
          expect(Math.abs(again.state.view.zoom - state.view.zoom)).toBeLessThanOrEqual(0.005);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
