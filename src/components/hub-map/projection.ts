/**
 * Map geometry for <pe-hub-map> and the projection that produced it.
 *
 * data/peru-geo.json is generated at build time by scripts/build-geo.mjs
 * (see data/GEOMETRY.md for sources, licences and the label corrections):
 * pre-projected, simplified SVG path strings, so no d3/topojson at run time.
 * `project()` is the exact formula the script used, so hubs given in WGS84
 * lon/lat land on the same view-box coordinates as the region shapes.
 */
import geoJson from '../../../data/peru-geo.json';
import type { RegionCode } from '../../data/types.js';

/**
 * Equirectangular projection with cosine correction at `lat0`:
 * x = x0 + (lon − lon0)·k·cos,  y = y0 − (lat − lat0)·k  (view-box units, y down).
 */
export interface Projection {
  /** Central longitude, degrees. */
  lon0: number;
  /** Central (standard) latitude, degrees. */
  lat0: number;
  /** View-box units per degree of latitude. */
  k: number;
  /** cos(lat0), rounded; stored so run time uses the very same number. */
  cos: number;
  /** View-box x of lon0. */
  x0: number;
  /** View-box y of lat0. */
  y0: number;
}

/** ISO 3166-1 alpha-3 codes of the neighbouring countries drawn for context. */
export type NeighbourCode = 'ECU' | 'COL' | 'BRA' | 'BOL' | 'CHL';

export interface GeoRegion {
  /** SVG path data in view-box units ("M…l…z", relative commands). */
  d: string;
  /** Label / anchor point inside the region (pole of inaccessibility of its largest part). */
  c: [number, number];
  /** Area in view-box units² (one decimal), computed by the build script from `d`. */
  a: number;
  /** Bounding box [minX, minY, maxX, maxY] of `d`, computed by the build script. */
  b: [number, number, number, number];
}

export interface PeruGeo {
  /** Short attribution text to show with the map. */
  attribution: string;
  /** [minX, minY, width, height] for the SVG viewBox attribute. */
  viewBox: [number, number, number, number];
  projection: Projection;
  /** 25 regions + Lima Metropolitana, keyed by ISO 3166-2:PE code. */
  regions: Record<RegionCode, GeoRegion>;
  /** Neighbouring countries clipped to the view box, keyed by ISO 3166-1 alpha-3. */
  neighbours: Record<NeighbourCode, string>;
  /** A label point inside each neighbour's visible part (pole of inaccessibility, clipped to the view box). */
  neighbourLabels: Record<NeighbourCode, [number, number]>;
}

/** Project WGS84 lon/lat (degrees) to view-box coordinates. Same formula as scripts/build-geo.mjs. */
export function project(lon: number, lat: number, p: Projection): [number, number] {
  return [p.x0 + (lon - p.lon0) * p.k * p.cos, p.y0 - (lat - p.lat0) * p.k];
}

/** The generated geometry, typed. Shape and content are asserted by scripts/build-geo.mjs. */
export const peruGeo: PeruGeo = geoJson as PeruGeo;
