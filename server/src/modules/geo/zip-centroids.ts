import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * US ZIP code centroids (server/reference/zip, built by scripts/build-zip-centroids.mjs from
 * GeoNames data; attribution in its SOURCE.md) and the distance helpers for radius searches such
 * as "jobs within 25 miles of 40507". Read-only, loaded on first use (about 40 ms, 41,000 ZIPs).
 */
export const ZIP_CENTROIDS_FILE = fileURLToPath(
  new URL('../../../reference/zip/zip-centroids.json', import.meta.url),
);

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface ZipCentroid extends GeoPoint {
  /** The USPS state code, "KY"; also "DC" and "MH" (Marshall Islands). */
  state: string;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

export interface ZipDistance {
  zip: string;
  miles: number;
}

/** Mean Earth radius in statute miles (IUGG mean radius, 6371.0088 km). */
export const EARTH_RADIUS_MILES = 3958.7613;

const RADIANS = Math.PI / 180;

interface Table {
  byZip: Map<string, ZipCentroid>;
  /** The same ZIPs as a list, for scans. */
  all: { zip: string; lat: number; lon: number }[];
}

let table: Table | null = null;

function load(): Table {
  if (!table) {
    const raw = JSON.parse(fs.readFileSync(ZIP_CENTROIDS_FILE, 'utf8')) as Record<
      string,
      [number, number, string]
    >;
    const entries = Object.entries(raw);
    table = {
      byZip: new Map(entries.map(([zip, [lat, lon, state]]) => [zip, { lat, lon, state }])),
      all: entries.map(([zip, [lat, lon]]) => ({ zip, lat, lon })),
    };
  }
  return table;
}

/** The five-digit ZIP of "40507", " 40507 " or "40507-1234"; null for anything else. */
export function normalizeZip(zip: string): string | null {
  const match = /^\s*(\d{5})(?:-?\d{4})?\s*$/.exec(typeof zip === 'string' ? zip : '');
  return match?.[1] ?? null;
}

/** The centroid of a ZIP code, or null for an unknown or malformed one. */
export function zipCentroid(zip: string): ZipCentroid | null {
  const five = normalizeZip(zip);
  const found = five === null ? undefined : load().byZip.get(five);
  return found ? { ...found } : null;
}

/** Great-circle (haversine) distance in miles. */
export function distanceMiles(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The smallest latitude/longitude box holding every point within `miles` of `center`, for an
 * index-friendly prefilter (`lat BETWEEN … AND lon BETWEEN …`) before the exact distance. Where the
 * circle reaches a pole or crosses the 180th meridian (the far Aleutians), the box takes every
 * longitude, so that it stays one range and never misses a point. Throws a RangeError for a
 * negative or non-finite distance.
 */
export function boundingBox(center: GeoPoint, miles: number): BoundingBox {
  if (!Number.isFinite(miles) || miles < 0) throw new RangeError(`Bad distance: ${miles}`);
  const angle = miles / EARTH_RADIUS_MILES;
  const dLat = angle / RADIANS;
  const minLat = center.lat - dLat;
  const maxLat = center.lat + dLat;
  if (minLat <= -90 || maxLat >= 90) {
    return {
      minLat: Math.max(minLat, -90),
      maxLat: Math.min(maxLat, 90),
      minLon: -180,
      maxLon: 180,
    };
  }
  // The widest longitude on a spherical cap (Matuschek, "Finding Points Within a Distance").
  const dLon = Math.asin(Math.min(1, Math.sin(angle) / Math.cos(center.lat * RADIANS))) / RADIANS;
  const minLon = center.lon - dLon;
  const maxLon = center.lon + dLon;
  if (minLon < -180 || maxLon > 180) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  return { minLat, maxLat, minLon, maxLon };
}

/**
 * ZIP codes whose centroids lie within `miles` of the ZIP's centroid, nearest first (the ZIP
 * itself at 0), or null for an unknown ZIP. A scan of the 41,000 centroids behind the box
 * prefilter: about a millisecond.
 */
export function zipsWithinMiles(zip: string, miles: number): ZipDistance[] | null {
  const center = zipCentroid(zip);
  if (!center) return null;
  const box = boundingBox(center, miles);
  const out: ZipDistance[] = [];
  for (const { zip: other, lat, lon } of load().all) {
    if (lat < box.minLat || lat > box.maxLat || lon < box.minLon || lon > box.maxLon) continue;
    const distance = distanceMiles(center, { lat, lon });
    if (distance <= miles) out.push({ zip: other, miles: distance });
  }
  out.sort((a, b) => a.miles - b.miles || (a.zip < b.zip ? -1 : 1));
  return out.map((z) => ({ zip: z.zip, miles: Math.round(z.miles * 10) / 10 }));
}
