import { describe, expect, it } from 'vitest';
import { formatSsn, maskSsn, pseudoSsn, ssnDigits, ssnProblem } from './ssn.rules';

describe('SSN rules', () => {
  it('SEEK-3: accepts an SSN typed with or without dashes and spaces', () => {
    expect(ssnDigits('212-45-6789')).toBe('212456789');
    expect(ssnDigits(' 212 45 6789 ')).toBe('212456789');
    expect(ssnDigits('21245678')).toBeNull();
    expect(ssnDigits('21245678x')).toBeNull();
  });

  it('SEEK-3: refuses numbers the SSA never issues, with the reason', () => {
    expect(ssnProblem('000456789')).toMatch(/never issues/);
    expect(ssnProblem('666456789')).toMatch(/never issues/);
    expect(ssnProblem('912456789')).toMatch(/never issues/);
    expect(ssnProblem('212006789')).toMatch(/middle two digits/);
    expect(ssnProblem('212450000')).toMatch(/last four/);
    expect(ssnProblem('078051120')).toMatch(/sample/);
    expect(ssnProblem('212456789')).toBeNull();
  });

  it('SEEK-5: builds the pseudo-SSN from the local-area prefix, birth day, month and two-digit year', () => {
    expect(formatSsn(pseudoSsn('975', '1977-05-25'))).toBe('975-25-0577');
    expect(pseudoSsn('981', '2001-12-03')).toBe('981031201');
    expect(() => pseudoSsn('123', '1977-05-25')).toThrow();
  });

  it('SEEK-5: a pseudo-SSN can never pass as a real one', () => {
    expect(ssnProblem(pseudoSsn('975', '1990-01-31'))).not.toBeNull();
  });

  it('SEEK-3: shows only the last four digits', () => {
    expect(maskSsn('6789')).toBe('***-**-6789');
    expect(maskSsn(null)).toBeNull();
  });
});
