import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import { relatedIssues } from './check-dataset.ts';
import type { Initiative } from './initiative.ts';

function withRelated(initiative: Initiative, related: string[]): Initiative {
  return { ...initiative, properties: { ...initiative.properties, related } };
}

describe('relatedIssues', () => {
  it('accepts links stated on both sides', () => {
    expect(
      relatedIssues([withRelated(palauAirport(), ['india-data-centre']), withRelated(indiaCountryLevel(), ['palau-airport-terminal'])]),
    ).toEqual([]);
  });

  it('names the side that is missing a one-way link', () => {
    expect(relatedIssues([withRelated(palauAirport(), ['india-data-centre']), indiaCountryLevel()])).toEqual([
      {
        feature: 'palau-airport-terminal',
        field: 'properties.related[0]',
        message: 'expected "india-data-centre" to list "palau-airport-terminal" in its related ids too (links go both ways)',
      },
    ]);
  });

  it('names an id that no feature has', () => {
    expect(relatedIssues([withRelated(palauAirport(), ['nope'])])).toEqual([
      {
        feature: 'palau-airport-terminal',
        field: 'properties.related[0]',
        message: 'expected the id of a feature of the dataset, got "nope"',
      },
    ]);
  });
});
