import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  distanceMiles,
  normalizeZip,
  zipCentroid,
  zipsWithinMiles,
  type GeoPoint,
} from './zip-centroids';

const at = (zip: string) => zipCentroid(zip)!;
const inside = (p: GeoPoint, box: ReturnType<typeof boundingBox>) =>
  p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;

describe('US ZIP code centroids', () => {
  it('finds a ZIP code with its state', () => {
    expect(zipCentroid('40507')).toEqual({
      lat: expect.closeTo(38.05, 1),
      lon: expect.closeTo(-84.5, 1),
      state: 'KY',
    });
    expect(zipCentroid('20500')?.state).toBe('DC');
    expect(zipCentroid('99501')?.state).toBe('AK');
    expect(zipCentroid('96813')?.state).toBe('HI');
  });

  it('accepts ZIP+4 and spaces, and answers null for an unknown or malformed ZIP', () => {
    expect(zipCentroid('40507-1234')).toEqual(zipCentroid('40507'));
    expect(zipCentroid(' 405071234 ')).toEqual(zipCentroid('40507'));
    for (const zip of ['00000', '99999', '4050', '405077', 'abcde', '', '09001']) {
      expect(zipCentroid(zip)).toBeNull();
    }
    expect(zipCentroid(undefined as unknown as string)).toBeNull();
    expect(normalizeZip('40507-12')).toBeNull();
  });

  it('returns a copy, so callers cannot change the table', () => {
    at('40507').lat = 0;
    expect(at('40507').lat).not.toBe(0);
  });
});

describe('distances', () => {
  it('puts Lexington (40507) about 70 miles from Louisville (40202) as the crow flies', () => {
    // 69.5 miles between the GeoNames centroids; the drive on I-64 is about 77.
    const miles = distanceMiles(at('40507'), at('40202'));
    expect(miles).toBeGreaterThan(68);
    expect(miles).toBeLessThan(72);
    expect(distanceMiles(at('40202'), at('40507'))).toBeCloseTo(miles, 9);
    expect(distanceMiles(at('40507'), at('40507'))).toBe(0);
  });

  it('matches known great-circle distances', () => {
    // New York (10001) to Los Angeles (90012): about 2,450 miles.
    expect(distanceMiles(at('10001'), at('90012'))).toBeGreaterThan(2400);
    expect(distanceMiles(at('10001'), at('90012'))).toBeLessThan(2500);
    // A quarter of the equator.
    expect(distanceMiles({ lat: 0, lon: 0 }, { lat: 0, lon: 90 })).toBeCloseTo(6218.4, 0);
  });
});

describe('bounding box prefilter', () => {
  it('contains every ZIP within the radius', () => {
    for (const [zip, miles] of [
      ['40507', 25],
      ['40507', 100],
      ['99723', 150], // Utqiagvik, AK: far north, where longitude degrees are short
      ['33040', 60], // Key West
    ] as const) {
      const center = at(zip);
      const box = boundingBox(center, miles);
      const within = zipsWithinMiles(zip, miles)!;
      expect(within.length).toBeGreaterThan(0);
      for (const z of within) expect(inside(at(z.zip), box)).toBe(true);
    }
  });

  it('is tight: the points at the radius north, south, east and west are on its edges', () => {
    const center = at('40507');
    const box = boundingBox(center, 50);
    expect(distanceMiles(center, { lat: box.maxLat, lon: center.lon })).toBeCloseTo(50, 6);
    expect(distanceMiles(center, { lat: box.minLat, lon: center.lon })).toBeCloseTo(50, 6);
    expect(box.maxLon - center.lon).toBeGreaterThan(center.lat - box.minLat);
    expect(boundingBox(center, 0)).toEqual({
      minLat: center.lat,
      maxLat: center.lat,
      minLon: center.lon,
      maxLon: center.lon,
    });
  });

  it('takes every longitude where the circle crosses the 180th meridian or a pole', () => {
    const adak = at('99546');
    expect(boundingBox(adak, 300)).toMatchObject({ minLon: -180, maxLon: 180 });
    expect(boundingBox({ lat: 89.5, lon: 0 }, 100)).toMatchObject({ maxLat: 90, minLon: -180 });
  });

  it('refuses a negative or non-finite radius', () => {
    expect(() => boundingBox(at('40507'), -1)).toThrow(RangeError);
    expect(() => boundingBox(at('40507'), Number.NaN)).toThrow(RangeError);
  });
});

describe('ZIP codes within a radius', () => {
  it('lists them nearest first, the ZIP itself at 0 miles', () => {
    const within = zipsWithinMiles('40507', 10)!;
    expect(within[0]).toEqual({ zip: '40507', miles: 0 });
    expect(within.map((z) => z.zip)).toContain('40502');
    expect(within.map((z) => z.zip)).not.toContain('40202');
    for (let i = 1; i < within.length; i++) {
      expect(within[i]!.miles).toBeGreaterThanOrEqual(within[i - 1]!.miles);
    }
    for (const z of within) expect(z.miles).toBeLessThanOrEqual(10);
  });

  it('reaches Louisville at 75 miles from Lexington but not at 65', () => {
    expect(zipsWithinMiles('40507', 75)!.map((z) => z.zip)).toContain('40202');
    expect(zipsWithinMiles('40507', 65)!.map((z) => z.zip)).not.toContain('40202');
  });

  it('answers null for an unknown ZIP', () => {
    expect(zipsWithinMiles('00000', 25)).toBeNull();
  });
});
