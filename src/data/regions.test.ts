import { describe, expect, it } from 'vitest';
import { countryRegions } from '../../scripts/build-regions.ts';
import countryRegionsJson from './country-regions.json' with { type: 'json' };
import { regionOf, regionsOf } from './regions.ts';

describe('regions', () => {
  it.each([
    ['IND', 'south-asia'],
    ['PHL', 'southeast-asia'],
    ['TLS', 'southeast-asia'],
    ['JPN', 'east-asia'],
    ['FJI', 'pacific-islands'],
    ['TUV', 'pacific-islands'],
    ['PLW', 'pacific-islands'],
    ['AUS', 'australia-nz'],
    ['DJI', 'africa'],
    ['CHL', 'americas'],
    ['FRA', 'europe'],
    ['ARE', 'middle-east'],
  ])('%s is in %s', (country, region) => {
    expect(regionOf(country)).toBe(region);
  });

  it('lists each region of a set of countries once, in facet order', () => {
    expect(regionsOf(['FJI', 'IND', 'TON', 'PHL'])).toEqual(['south-asia', 'southeast-asia', 'pacific-islands']);
  });

  it('is null for a code with no region', () => {
    expect(regionOf('ATA')).toBeNull();
    expect(regionOf('XXX')).toBeNull();
  });

  it('src/data/country-regions.json is what `npm run build:regions` makes', () => {
    expect(countryRegionsJson).toEqual(countryRegions());
  });
});
