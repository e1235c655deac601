import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readKml, readKmz } from './read-kml.ts';
import type { UserFeatures } from './types.ts';

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <name>Ports</name>
    <Style id="s"><IconStyle><scale>1</scale></IconStyle></Style>
    <Folder>
      <name>Pacific</name>
      <Folder>
        <name>Islands</name>
        <Placemark>
          <name>Suva</name>
          <styleUrl>#s</styleUrl>
          <ExtendedData>
            <Data name="capacity"><value>1200</value></Data>
            <Data name="note"><value>&lt;script&gt;alert(1)&lt;/script&gt;</value></Data>
          </ExtendedData>
          <Point><coordinates>178.44,-18.14,12</coordinates></Point>
        </Placemark>
      </Folder>
    </Folder>
    <Placemark>
      <name>横浜港</name>
      <LineString><coordinates>179.5,-16 -179.5,-16.5</coordinates></LineString>
    </Placemark>
    <Placemark><name>Nowhere</name></Placemark>
  </Document>
</kml>`;

function value(result: ReturnType<typeof readKml>): UserFeatures {
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe('readKml', () => {
  it('reads placemarks with their folders and ExtendedData as properties', () => {
    const result = value(readKml(strToU8(KML), 'ports.kml'));
    expect(result.features.map((f) => f.properties)).toEqual([
      { name: 'Suva', capacity: '1200', note: '<script>alert(1)</script>', folder: 'Pacific / Islands' },
      { name: '横浜港' },
    ]);
    expect(result.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [178.44, -18.14] });
  });

  it('draws a line across the antimeridian the short way, drops heights and lists a placemark without geometry', () => {
    const result = value(readKml(strToU8(KML), 'ports.kml'));
    expect(result.features[1]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [179.5, -16],
        [180.5, -16.5],
      ],
    });
    expect(result.rejected).toMatchObject([{ row: 3, reason: { en: 'no geometry' } }]);
    expect(result.notes.map((n) => n.en).join(' ')).toMatch(/Heights.*180° meridian/);
  });

  it('decodes a KML whose declaration says Shift_JIS', () => {
    const sjis = new Uint8Array([0x89, 0xa1, 0x95, 0x6c]); // 横浜 in Shift_JIS
    const head = strToU8('<?xml version="1.0" encoding="Shift_JIS"?><kml><Placemark><name>');
    const tail = strToU8('</name><Point><coordinates>139.6,35.4</coordinates></Point></Placemark></kml>');
    const bytes = new Uint8Array([...head, ...sjis, ...tail]);
    expect(value(readKml(bytes, 'sjis.kml')).features[0]?.properties.name).toBe('横浜');
  });

  it.each([
    ['an empty file', '', 'empty', 'is empty'],
    ['no placemarks', '<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>', 'empty', 'holds no placemarks'],
    ['broken XML', '<kml><Placemark><name>A</Placemark></kml>', 'unreadable', 'not well-formed XML'],
    ['GPX', '<?xml version="1.0"?><gpx version="1.1"><wpt lat="1" lon="2"/></gpx>', 'not-what-it-says', 'root element is <gpx>'],
  ])('%s', (_, text, code, words) => {
    const result = readKml(strToU8(text), 'x.kml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.en).toContain(words);
  });
});

describe('readKmz', () => {
  it('reads the first .kml and says when there are others', () => {
    const bytes = zipSync({ 'doc.kml': strToU8(KML), 'files/icon.png': new Uint8Array([1]), 'other.kml': strToU8('<kml/>') });
    const result = value(readKmz(bytes, 'ports.kmz'));
    expect(result.features).toHaveLength(2);
    expect(result.notes[0]?.en).toBe('The KMZ holds 2 KML files; the first, doc.kml, was read.');
  });

  it('reads a KMZ with one .kml without a note about it', () => {
    const result = value(readKmz(zipSync({ 'a/places.KML': strToU8(KML) }), 'p.kmz'));
    expect(result.features).toHaveLength(2);
    expect(result.notes.some((n) => n.en.includes('KMZ holds'))).toBe(false);
  });

  it('refuses a KMZ without a .kml', () => {
    const result = readKmz(zipSync({ 'icon.png': new Uint8Array([1]) }), 'p.kmz');
    expect(result.ok ? null : result.error.code).toBe('empty');
  });
});
