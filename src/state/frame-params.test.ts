import fc from 'fast-check';
import { urlQuery } from '../../tests/fixtures/url-queries.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './app-state.ts';
import { frameParams } from './frame-params.ts';
import { parseUrl } from './url.ts';

describe('frameParams', () => {
  const searches = [
    '?render=light',
    '?render=FULL',
    '?render=fast',
    '?data=synthetic-10k',
    '?data=synthetic-1m',
    '?debug',
    '?debug=1&data=synthetic-100k',
    '?view=120,10,0.6',
    '?view=120,10',
    '?view=181,0,1',
    '?view=1,2,17',
    '?view=',
    '?view=a,b,c',
    '?view=120,10,0.6&view=0,0,1',
    '?lang=ja&view=-170.5,-20,3&embed=1',
    '',
    '?lang=ja',
    '?lang=en',
    '?lang=fr',
    '?lang=',
    '?embed=1',
    '?embed=true',
    '?embed=0',
    '?embed=false',
    '?embed=yes',
    '?embed',
    '?lang=ja&embed=1',
    '?lang=JA&embed=TRUE',
    '?lang=ja&lang=en',
    '?%E0%A4%A=1&lang=ja',
  ];

  it('falls back to the defaults without the parameters', () => {
    expect(frameParams('')).toEqual({
      lang: DEFAULT_STATE.lang,
      embed: DEFAULT_STATE.embed,
      view: DEFAULT_STATE.view,
      data: 'real',
      render: 'auto',
      debug: false,
    });
  });

  /** What parseUrl makes of the same query: the state's camera and language, and the dataset it did not report as ignored. */
  const parsed = (search: string) => {
    const { state, ignored } = parseUrl(search, { isKnownId: () => true });
    const asked = new URLSearchParams(search).get('data');
    const data = asked !== null && asked !== 'real' && !ignored.some((i) => i.param === 'data') ? asked : 'real';
    const render = new URLSearchParams(search).get('render');
    const mode = render !== null && !ignored.some((i) => i.param === 'render') ? render.trim().toLowerCase() : 'auto';
    return { lang: state.lang, embed: state.embed, view: state.view, data, render: mode, debug: new URLSearchParams(search).has('debug') };
  };

  it.each(searches)('agrees with parseUrl on %j', (search) => {
    expect(frameParams(search)).toEqual(parsed(search));
  });

  it('agrees with parseUrl on random and adversarial queries', () => {
    fc.assert(
      fc.property(urlQuery, (query) => {
        expect(frameParams(`?${query}`)).toEqual(parsed(`?${query}`));
      }),
      { numRuns: 500 },
    );
  });

  it('reads Japanese in an embed', () => {
    expect(frameParams('?embed=1&lang=ja')).toEqual({ lang: 'ja', embed: true, view: null, data: 'real', render: 'auto', debug: false });
  });

  it('reads the view the map starts at', () => {
    expect(frameParams('?view=120,10,0.6').view).toEqual({ lng: 120, lat: 10, zoom: 0.6 });
    expect(frameParams('?view=120,95,2').view).toBeNull();
    expect(frameParams('?view=120,10,NaN').view).toBeNull();
  });
});
