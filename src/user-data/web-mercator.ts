/** Web Mercator (EPSG:3857) metres to WGS84 degrees, on the sphere of radius 6,378,137 m. */
const R = 6378137;
const DEGREES = 180 / Math.PI;

export function mercatorToLongitude(x: number): number {
  return (x / R) * DEGREES;
}

export function mercatorToLatitude(y: number): number {
  return (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * DEGREES;
}
