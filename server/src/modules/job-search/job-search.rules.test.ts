import { describe, expect, it } from 'vitest';
import { jobAlertEmail } from './job-alerts.rules';
import { jobPostingJsonLd, jsonLdScriptContent } from './job-posting-json-ld';
import {
  effectiveSort,
  geoCellOf,
  geoCellsCovering,
  highlightRuns,
  hourlyRate,
  MATCH_START as S,
  MATCH_STOP as E,
  radiusOf,
} from './job-search.rules';
import { boundingBox } from '../geo/zip-centroids';
import { pageWithHead } from './public-page.rules';

const posting = {
  recordNumber: 'J-100001',
  title: 'Forklift Operator',
  description: 'Load trailers.',
  employerName: 'Bluegrass Logistics',
  city: 'Lexington',
  state: 'KY',
  zip: '40511',
  payMin: 17.5,
  payMax: 21,
  payUnit: 'hour' as const,
  employmentType: 'full_time' as const,
  occupation: { code: '53-7051.00', title: 'Industrial Truck and Tractor Operators' },
  postedAt: new Date('2026-11-20T14:00:00Z'),
  applicationDeadline: '2026-12-04',
};

describe('job search rules', () => {
  it('SEEK-11: pay compares as an hourly rate', () => {
    expect(hourlyRate(36_000, 'year')).toBeCloseTo(17.31, 2);
    expect(hourlyRate(800, 'week')).toBe(20);
  });

  it('SEEK-11: a ZIP alone searches the default radius; relevance without words is newest', () => {
    expect(radiusOf({ zip: '40507' })).toBe(25);
    expect(radiusOf({ zip: '40507', radiusMiles: 10 })).toBe(10);
    expect(radiusOf({})).toBeNull();
    expect(effectiveSort('relevance', {})).toBe('newest');
    expect(effectiveSort('distance', { q: 'x' })).toBe('newest');
    expect(effectiveSort('relevance', { q: 'x' })).toBe('relevance');
  });

  it('SEEK-11: highlight markers become text runs, never HTML', () => {
    expect(highlightRuns(`${S}Forklift${E} operator, ${S}forklifts${E}`)).toEqual([
      { text: 'Forklift', match: true },
      { text: ' operator, ', match: false },
      { text: 'forklifts', match: true },
    ]);
    expect(highlightRuns('<b>plain</b>')).toEqual([{ text: '<b>plain</b>', match: false }]);
  });
});

describe('schema.org JobPosting', () => {
  it('SEEK-11: has every property search engines require, and pay when known', () => {
    const ld = jobPostingJsonLd(posting);
    for (const key of ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'])
      expect(ld, key).toHaveProperty(key);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      validThrough: '2026-12-04T23:59:59',
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Bluegrass Logistics' },
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Lexington', addressRegion: 'KY', addressCountry: 'US' },
      },
      baseSalary: { currency: 'USD', value: { minValue: 17.5, maxValue: 21, unitText: 'HOUR' } },
      identifier: { '@type': 'PropertyValue', value: 'J-100001' },
      directApply: false,
      occupationalCategory: '53-7051.00',
    });
    const unpaid = jobPostingJsonLd({ ...posting, payMin: null, payMax: null, payUnit: null });
    expect(unpaid).not.toHaveProperty('baseSalary');
  });

  it('cannot close its script element early', () => {
    const text = jsonLdScriptContent({ title: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ title: '</script><script>alert(1)</script>' });
  });

  it('goes into the page head with an escaped title and description', () => {
    const html = pageWithHead('<html><head><title>OneStop</title></head><body></body></html>', {
      title: 'Cook & <Chef>',
      description: 'Say "hi"',
      jsonLd: { a: 1 },
    });
    expect(html).toContain('<title>Cook &amp; &lt;Chef&gt;</title>');
    expect(html).toContain('<meta name="description" content="Say &quot;hi&quot;">');
    expect(html).toMatch(/<script type="application\/ld\+json">\{"a":1\}<\/script>\s*<\/head>/);
  });
});

describe('job alert email', () => {
  it('SEEK-11: lists each search’s new jobs with their public links', () => {
    const email = jobAlertEmail({
      firstName: 'Jamie',
      publicBaseUrl: 'https://jobs.example.gov/',
      sections: [
        {
          searchName: 'Forklift',
          postings: [
            {
              id: 'p1',
              title: 'Forklift Operator',
              employerName: 'B',
              city: 'Lexington',
              state: 'KY',
            },
          ],
          more: 0,
        },
      ],
    });
    expect(email.subject).toBe('1 new job for your saved searches');
    expect(email.text).toContain(
      'Forklift:\n- Forklift Operator, B, Lexington, KY\n  https://jobs.example.gov/jobs/p1',
    );
  });
});

describe('SEEK-11: the grid cells of a radius search', () => {
  it('covers every posting within the radius, and only cells near the box', () => {
    const frankfort = { lat: 38.2, lon: -84.87 };
    const box = boundingBox(frankfort, 25);
    const cells = geoCellsCovering(box);
    expect(cells).not.toBeNull();
    const covered = new Set(cells);
    // Corners and centre of the box, and a point just outside it.
    for (const [lat, lon] of [
      [box.minLat, box.minLon],
      [box.minLat, box.maxLon],
      [box.maxLat, box.minLon],
      [box.maxLat, box.maxLon],
      [frankfort.lat, frankfort.lon],
    ] as const)
      expect(covered.has(geoCellOf(lat, lon))).toBe(true);
    expect(covered.has(geoCellOf(box.maxLat + 0.3, frankfort.lon))).toBe(false);
    expect(cells?.length).toBe(20);
  });

  it('numbers cells apart across the western and southern hemispheres', () => {
    expect(geoCellOf(38.2, -84.87)).not.toBe(geoCellOf(38.2, 84.87));
    expect(geoCellOf(-38.2, -84.87)).not.toBe(geoCellOf(38.2, -84.87));
    expect(geoCellOf(38.24, -84.99)).toBe(geoCellOf(38.01, -84.76));
  });

  it('gives up on a radius wide enough to touch more than a hundred cells', () => {
    expect(geoCellsCovering(boundingBox({ lat: 38.2, lon: -84.87 }, 250))).toBeNull();
  });
});
