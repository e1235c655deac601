/** The `npm run validate` command, run as a user runs it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collection, indiaCountryLevel, palauAirport } from '../tests/fixtures/initiatives.ts';

const dir = mkdtempSync(join(tmpdir(), 'foip-validate-'));

function run(name: string, content: string, options: string[] = []): { code: number; output: string } {
  const file = join(dir, name);
  writeFileSync(file, content);
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...options, file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { status: number; stderr: string; stdout: string };
    return { code: e.status, output: e.stderr + e.stdout };
  }
}

// Each case starts Node with tsx and loads world-atlas: seconds each, more on a busy machine.
describe('npm run validate', { timeout: 60_000 }, () => {
  it('passes a valid file and says how many initiatives it holds', () => {
    const result = run('ok.geojson', JSON.stringify(collection(palauAirport(), indiaCountryLevel())));
    expect(result).toEqual({ code: 0, output: expect.stringContaining('2 initiatives, all valid') });
  });

  it('fails on a file that is not JSON, saying so', () => {
    const result = run('garbage.geojson', 'this is not json');
    expect(result.code).toBe(1);
    expect(result.output).toContain('(file): expected JSON, but it could not be parsed');
  });

  it('lists every problem with feature, field and expectation, and counts them', () => {
    const wrongCountry = { ...indiaCountryLevel('in-china'), geometry: { type: 'Point', coordinates: [104, 35] } };
    const swapped = { ...indiaCountryLevel('swapped'), geometry: { type: 'Point', coordinates: [22.4, 78.9] } };
    const unknownCode = { ...palauAirport(), id: 'bad-code', properties: { ...palauAirport().properties, countries: ['XXX'] } };
    const result = run('broken.geojson', JSON.stringify(collection(palauAirport(), palauAirport(), wrongCountry, swapped, unknownCode)));
    expect(result.code).toBe(1);
    expect(result.output).toContain('palau-airport-terminal: id: expected a unique id, but features[0] has it too');
    expect(result.output).toContain('in-china: geometry: expected the geometry to touch host country IND');
    expect(result.output).toContain('swapped: geometry.coordinates: expected [longitude, latitude]; the coordinates look swapped');
    expect(result.output).toContain(
      'bad-code: properties.countries[0]: expected an ISO 3166-1 alpha-3 country code such as "IND", got "XXX"',
    );
    expect(result.output).toMatch(/\n5 problems in /);
  });

  it('fails clearly on a missing file', () => {
    const result = (() => {
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', join(dir, 'nope.geojson')], {
          encoding: 'utf8',
          stdio: 'pipe',
        });
        return { code: 0, output: '' };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { code: e.status, output: e.stderr };
      }
    })();
    expect(result.code).toBe(1);
    expect(result.output).toContain('nope.geojson: cannot be read');
  });

  it('checks the shipped dataset against its documents, notes and changelog with --sources', () => {
    const result = run('shipped.geojson', readFileSync('data/initiatives.geojson', 'utf8'), ['--sources', 'data']);
    expect(result).toEqual({ code: 0, output: expect.stringContaining('all valid; quotes, tools and release checked against data/') });
  });

  it('fails a tool tag that the text does not name, saying how to fix it', () => {
    const dataset = JSON.parse(readFileSync('data/initiatives.geojson', 'utf8')) as {
      features: { id: string; properties: { tools: string[] } }[];
    };
    const road = dataset.features.find((f) => f.id === 'road-bridge-maintenance-fiji')!;
    road.properties.tools = ['ODA'];
    const result = run('oda.geojson', JSON.stringify(dataset), ['--sources', 'data']);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'road-bridge-maintenance-fiji: properties.tools[0]: expected the quote\'s sentence or the map label to name "ODA"',
    );
    expect(result.output).toMatch(/\n1 problem in /);
  });
});
