import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import { countsByCountry, countsByPillar } from './stats.ts';

describe('countsByCountry', () => {
  it('counts a multi-country initiative for each of its countries', () => {
    const multi = { ...indiaCountryLevel('m'), properties: { ...indiaCountryLevel().properties, countries: ['IND', 'BGD'] } };
    expect(Object.fromEntries(countsByCountry([indiaCountryLevel(), multi, palauAirport()]))).toEqual({ IND: 2, BGD: 1, PLW: 1 });
  });
});

describe('countsByPillar', () => {
  it('counts every pillar, zero included', () => {
    expect(countsByPillar([indiaCountryLevel(), palauAirport()])).toEqual({ 1: 1, 2: 0, 3: 1 });
  });
});
