import { describe, expect, it } from 'vitest';
import { isWktName, latitudeRank, longitudeRank, normaliseName, pairNameOrder } from './column-names';

describe('normaliseName', () => {
  it.each([
    ['Latitude (WGS84)', 'latitude'],
    ['Point_X', 'pointx'],
    [' LAT ', 'lat'],
    ['緯度（度）', '緯度'],
    ['x-coord', 'xcoord'],
    ['lat/lon', 'latlon'],
    ['緯度・経度', '緯度経度'],
  ])('%j → %j', (name, normalised) => {
    expect(normaliseName(name)).toBe(normalised);
  });
});

describe('latitudeRank and longitudeRank', () => {
  it.each([
    ['lat', 1, null],
    ['Latitude', 1, null],
    ['LATITUDE_DD', 2, null],
    ['緯度', 1, null],
    ['decimalLatitude', 1, null],
    ['Y_COORD', 1, null],
    ['point_y', 1, null],
    ['site_lat', 2, null],
    ['centroidLatitude', 2, null],
    ['所在地緯度', 2, null],
    ['y', 3, null],
    ['lon', null, 1],
    ['LNG', null, 1],
    ['Long', null, 1],
    ['longitude', null, 1],
    ['経度', null, 1],
    ['xcoord', null, 1],
    ['Point_X', null, 1],
    ['geo_lng', null, 1],
    ['centroidLon', null, 2],
    ['X', null, 3],
    ['Long name', null, null],
    ['platform', null, null],
    ['translation', null, null],
    ['name', null, null],
  ])('%j: latitude %s, longitude %s', (name, lat, lon) => {
    expect(latitudeRank(name)).toBe(lat);
    expect(longitudeRank(name)).toBe(lon);
  });
});

describe('isWktName and pairNameOrder', () => {
  it.each(['WKT', 'geometry', 'the_geom', 'Shape', 'wkt_geom'])('%s names a WKT column', (name) => {
    expect(isWktName(name)).toBe(true);
  });

  it.each([
    ['lat/lon', 'lat,lon'],
    ['LatLng', 'lat,lon'],
    ['緯度経度', 'lat,lon'],
    ['lng_lat', 'lon,lat'],
    ['XY', 'lon,lat'],
    ['Coordinates', 'unstated'],
    ['座標', 'unstated'],
    ['name', null],
  ])('%s → %s', (name, order) => {
    expect(pairNameOrder(name)).toBe(order);
  });
});
