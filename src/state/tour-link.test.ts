import { describe, expect, it } from 'vitest';
import { TOUR_LINK_MAX_CHARS, tourInFragment, tourLinkFragment, unpackTourLink } from './tour-link.ts';

const TOUR = JSON.stringify({
  id: 'my-tour',
  kind: 'own',
  title: { en: 'My tour', ja: 'マイツアー' },
  steps: [{ query: 'tool=OSA', caption: { en: 'Radars <b>and</b> boats', ja: 'レーダーと巡視船' } }],
});

async function packed(json: string): Promise<string> {
  const fragment = await tourLinkFragment(json);
  if (!fragment.ok) throw new Error('too long');
  return tourInFragment(fragment.value)!;
}

describe('a tour link', () => {
  it('carries the tour file’s text exactly, Japanese and markup-like text included, in a URL-safe fragment', async () => {
    const fragment = await tourLinkFragment(TOUR);
    expect(fragment.ok && fragment.value).toMatch(/^#tour=[A-Za-z0-9_-]+$/);
    expect(await unpackTourLink(await packed(TOUR))).toEqual({ ok: true, value: TOUR });
  });

  it('is refused over its stated length, with that length', async () => {
    // Text that does not compress: a fragment far over the limit.
    let seed = 1;
    const noise = Array.from({ length: 30_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    const fragment = await tourLinkFragment(JSON.stringify({ noise }));
    expect(fragment.ok).toBe(false);
    if (!fragment.ok) {
      expect(fragment.error.max).toBe(TOUR_LINK_MAX_CHARS);
      expect(fragment.error.chars).toBeGreaterThan(TOUR_LINK_MAX_CHARS);
    }
  });

  it('is refused unread when longer than a link may be', async () => {
    expect(await unpackTourLink('A'.repeat(TOUR_LINK_MAX_CHARS + 1))).toEqual({ ok: false, error: 'too-long' });
  });

  it('is found in a fragment beside other parameters, and not where there is none', () => {
    expect(tourInFragment('#tour=abc')).toBe('abc');
    expect(tourInFragment('#x=1&tour=abc')).toBe('abc');
    expect(tourInFragment('')).toBeNull();
    expect(tourInFragment('#section-2')).toBeNull();
  });

  it.each([
    ['text that is not base64url', 'not a link!'],
    ['nothing', ''],
    ['bytes that are not deflated', 'AAAAAAAA'],
  ])('says what is wrong, never throws, for %s', async (_, text) => {
    const result = await unpackTourLink(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^(not-a-link|damaged)$/);
  });

  it('says a link cut when it was copied is incomplete', async () => {
    const whole = await packed(TOUR);
    const result = await unpackTourLink(whole.slice(0, Math.floor(whole.length / 2)));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^(not-a-link|damaged)$/) });
  });

  it('refuses a link that unpacks to more than a tour file may hold (a zip bomb)', async () => {
    const bomb = await tourLinkFragment(' '.repeat(9 * 1024 * 1024));
    expect(bomb.ok).toBe(true);
    const result = await unpackTourLink(tourInFragment(bomb.ok ? bomb.value : '')!);
    expect(result).toEqual({ ok: false, error: 'too-large' });
  });
});
