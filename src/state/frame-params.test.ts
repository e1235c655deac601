import fc from 'fast-check';
import { urlQuery } from '../../tests/fixtures/url-queries.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './app-state.ts';
import { frameParams } from './frame-params.ts';
import { parseUrl } from './url.ts';

describe('frameParams', () => {
  const searches = ['', '?lang=ja', '?lang=en', '?lang=fr', '?lang=', '?embed=1', '?embed=true', '?embed=0', '?embed=false', '?embed=yes', '?embed', '?lang=ja&embed=1', '?lang=JA&embed=TRUE', '?lang=ja&lang=en', '?%E0%A4%A=1&lang=ja'];

  it('falls back to the defaults without the parameters', () => {
    expect(frameParams('')).toEqual({ lang: DEFAULT_STATE.lang, embed: DEFAULT_STATE.embed });
  });

  it.each(searches)('agrees with parseUrl on %j', (search) => {
    const { lang, embed } = parseUrl(search, { isKnownId: () => true }).state;
    expect(frameParams(search)).toEqual({ lang, embed });
  });

  it('agrees with parseUrl on random and adversarial queries', () => {
    fc.assert(
      fc.property(urlQuery, (query) => {
        const { lang, embed } = parseUrl(`?${query}`, { isKnownId: () => true }).state;
        expect(frameParams(`?${query}`)).toEqual({ lang, embed });
      }),
      { numRuns: 500 },
    );
  });

  it('reads Japanese in an embed', () => {
    expect(frameParams('?embed=1&lang=ja')).toEqual({ lang: 'ja', embed: true });
  });
});
