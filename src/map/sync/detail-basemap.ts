/**
 * Site-level detail: from DETAIL_ZOOM on, land, coasts, borders and the choropleth are drawn from
 * the 1:10m shapes, as vector tiles cut in a worker (detail-tiles.ts). MapLibre asks for them only
 * where one of their layers shows (zoom ≥ DETAIL_LOAD_ZOOM); the first request loads the worker and
 * the topology. Until a tile is in, the 1:50m layers stay on at every zoom, so a link that opens at
 * a site shows the coarse coast rather than open sea; from the first tile on they stop at
 * DETAIL_ZOOM, and the layers' zoom ranges (layers.ts) switch between the two with no further work
 * here.
 */
import { handOverAtFirstTile } from '../detail/handover.ts';
import { touch, type MapSession } from '../owner/map-session.ts';

export interface DetailInput {
  /** The camera is at or beyond DETAIL_LOAD_ZOOM (use-map-owner.ts reports the crossings). */
  readonly near: boolean;
}

/** 'switch': the camera has come near; hand over to the 1:10m layers once their first tile is in, unless done already. */
export type DetailDiff = 'switch';

export function diffDetail(prev: DetailInput | null, next: DetailInput): DetailDiff | null {
  return next.near && !prev?.near ? 'switch' : null;
}

export function applyDetail(session: MapSession, _diff: DetailDiff): void {
  if (session.detailHandover) return;
  session.detailHandover = true;
  handOverAtFirstTile(session.map, () => touch(session));
}

export const detailBasemapSync = { diff: diffDetail, apply: applyDetail };
