import { describe, expect, it } from 'vitest';
import { findDateRange, findSingleDate, parseResumeDate } from './resume-dates';

const range = (text: string) => {
  const found = findDateRange(text);
  return found ? [found.start.value, found.end?.value ?? 'present'] : null;
};

describe('resume dates (SEEK-8)', () => {
  it('SEEK-8: reads the common ways of writing a month and year', () => {
    expect(parseResumeDate('Mar 2019')?.value).toBe('2019-03');
    expect(parseResumeDate('Sept. 2019')?.value).toBe('2019-09');
    expect(parseResumeDate('December, 2020')?.value).toBe('2020-12');
    expect(parseResumeDate('3/2019')?.value).toBe('2019-03');
    expect(parseResumeDate('2019-11')?.value).toBe('2019-11');
    expect(parseResumeDate('Summer 2018')?.value).toBe('2018-06');
    expect(parseResumeDate('2017')).toEqual({ value: '2017-01', yearOnly: true });
    expect(parseResumeDate('13/2019')).toBeNull();
  });

  it('SEEK-8: reads ranges with dashes, "to", and the words for a current job', () => {
    expect(range('Cashier  Mar 2019 – Present')).toEqual(['2019-03', 'present']);
    expect(range('06/2016 - 02/2019')).toEqual(['2016-06', '2019-02']);
    expect(range('2019-03 to present')).toEqual(['2019-03', 'present']);
    expect(range('(2014 - 2016)')).toEqual(['2014-01', '2016-01']);
    expect(range('2019–2021')).toEqual(['2019-01', '2021-01']);
    expect(range('June 2018 through Current')).toEqual(['2018-06', 'present']);
    expect(range('Jan 2020 - date')).toEqual(['2020-01', 'present']);
    expect(range('Since 2021')).toEqual(['2021-01', 'present']);
  });

  it('SEEK-8: does not take phone numbers, amounts or percentages for dates', () => {
    expect(range('Call 614-555-2019 any time')).toBeNull();
    expect(range('Raised sales 10-20 percent')).toBeNull();
    expect(findSingleDate('Managed a $2019 budget')).toBeNull();
    expect(findSingleDate('Graduated May 2016')?.date.value).toBe('2016-05');
  });
});
