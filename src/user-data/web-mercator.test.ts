import { describe, expect, it } from 'vitest';
import { MERCATOR_LIMIT } from './detect-coordinates';
import { mercatorToLatitude, mercatorToLongitude } from './web-mercator';

describe('Web Mercator to degrees', () => {
  it.each([
    // Tokyo Station: 139.7671, 35.6812 (EPSG:3857 15558802.4, 4256843.2)
    [15558802.4, 4256843.2, 139.7671, 35.6812],
    [0, 0, 0, 0],
    [-8238310.24, 4970071.58, -74.006, 40.7128], // New York
    [MERCATOR_LIMIT, MERCATOR_LIMIT, 180, 85.0511],
  ])('(%d, %d) → (%d, %d)', (x, y, lon, lat) => {
    expect(mercatorToLongitude(x)).toBeCloseTo(lon, 3);
    expect(mercatorToLatitude(y)).toBeCloseTo(lat, 3);
  });
});
