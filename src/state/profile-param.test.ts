import { describe, expect, it } from 'vitest';
import type { Profile } from '../data/profile.ts';
import { readProfileParam } from './profile-param.ts';

describe('readProfileParam', () => {
  it.each([
    ['country:PHL', { kind: 'country', value: 'PHL' }],
    ['country:phl', { kind: 'country', value: 'PHL' }],
    ['Country:PHL', { kind: 'country', value: 'PHL' }],
    ['partner:AUS', { kind: 'partner', value: 'AUS' }],
    ['partner:asean', { kind: 'partner', value: 'ASEAN' }],
    ['tool:osa', { kind: 'tool', value: 'OSA' }],
    ['tool:capacity-building', { kind: 'tool', value: 'capacity-building' }],
    ['region:pacific-islands', { kind: 'region', value: 'pacific-islands' }],
  ])('reads %s', (raw, profile) => {
    expect(readProfileParam(raw)).toEqual({ ok: true, value: profile });
  });

  it.each([
    ['xyz:1', 'expected <kind>:<value> with kind country, partner, tool, region'],
    ['PHL', 'expected <kind>:<value> with kind country, partner, tool, region'],
    ['', 'expected <kind>:<value> with kind country, partner, tool, region'],
    ['pillar:3', 'expected <kind>:<value> with kind country, partner, tool, region'],
    ['country:', 'expected an ISO 3166-1 alpha-3 country code such as PHL'],
    ['country:XX', 'expected an ISO 3166-1 alpha-3 country code such as PHL'],
    ['partner:NATO', expect.stringMatching(/^expected an ISO 3166-1 alpha-3 country code or one of WB/)],
    ['tool:bribes', expect.stringMatching(/^expected one of ODA, OSA/)],
    ['region:atlantis', expect.stringMatching(/^expected one of south-asia/)],
    ['country:PHL:extra', 'expected an ISO 3166-1 alpha-3 country code such as PHL'],
  ])('refuses %j with a reason', (raw, reason) => {
    expect(readProfileParam(raw)).toEqual({ ok: false, error: reason });
  });

  it('refuses a well-formed value no initiative has, naming what is missing', () => {
    const exists = (p: Profile) => p.value === 'PHL';
    expect(readProfileParam('country:PHL', exists).ok).toBe(true);
    expect(readProfileParam('country:FRA', exists)).toEqual({ ok: false, error: 'no initiative has this host country' });
    expect(readProfileParam('tool:OSA', exists)).toEqual({ ok: false, error: 'no initiative has this means' });
  });
});
