import { describe, expect, it } from 'vitest';
import { confidences, suggestOccupations } from './autocode';

const codes = (title: string, description?: string) =>
  suggestOccupations({ title, description }).map((s) => s.code);

describe('occupation autocoder: posting title and description to O*NET-SOC codes', () => {
  it.each([
    ['Registered Nurse', '29-1141.00'],
    ['RN', '29-1141.00'],
    ['Forklift Operator', '53-7051.00'],
    ['CDL Class A Driver', '53-3032.00'],
    ['Software Engineer', '15-1252.00'],
    ['Medical Assistant', '31-9092.00'],
    ['Customer Service Representative', '43-4051.00'],
  ])('codes "%s" as %s first', (title, code) => {
    expect(codes(title)[0]).toBe(code);
  });

  it('puts 53-7051.00 in the top 3 for a forklift operator, however it is spelled', () => {
    for (const title of ['Forklift Operator', 'Fork Lift Operator', 'forklift operators']) {
      expect(codes(title).slice(0, 3)).toContain('53-7051.00');
    }
  });

  it('answers the best code and two alternatives, with falling confidences in 0..1', () => {
    const suggestions = suggestOccupations({ title: 'Registered Nurse' });
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]).toEqual({
      code: '29-1141.00',
      title: 'Registered Nurses',
      confidence: expect.any(Number),
    });
    expect(new Set(suggestions.map((s) => s.code)).size).toBe(3);
    const confidence = suggestions.map((s) => s.confidence);
    for (const c of confidence) expect(c).toBeGreaterThanOrEqual(0);
    for (const c of confidence) expect(c).toBeLessThanOrEqual(1);
    expect([...confidence].sort((a, b) => b - a)).toEqual(confidence);
    expect(confidence[0]).toBeGreaterThan(0.6);
  });

  it('takes a limit', () => {
    expect(suggestOccupations({ title: 'Cashier' }, { limit: 1 })).toHaveLength(1);
    expect(suggestOccupations({ title: 'Cashier' }, { limit: 5 })).toHaveLength(5);
    expect(suggestOccupations({ title: 'Cashier' }, { limit: 0 })).toEqual([]);
    expect(suggestOccupations({ title: 'Cashier' }, { limit: 500 }).length).toBeLessThanOrEqual(20);
  });

  it('lets the description decide between the jobs an ambiguous title names', () => {
    expect(codes('Server')[0]).toBe('35-3031.00');
    const restaurant = 'Take orders and serve food and drinks to restaurant guests; clear tables.';
    expect(codes('Server', restaurant)[0]).toBe('35-3031.00');
    const it = 'Install, configure and maintain Linux servers, networks and backups.';
    expect(codes('Server', it)[0]).toBe('15-1244.00');
    const hvac = 'Install and repair heating, ventilation and air conditioning systems in homes.';
    expect(codes('Technician')[0]).not.toBe('49-9021.00');
    expect(codes('Technician', hvac)[0]).toBe('49-9021.00');
  });

  it('answers nothing for an empty or meaningless title, and never throws', () => {
    for (const title of ['', '   ', '!!!', 'asdfghjkl', 'the and of']) {
      expect(suggestOccupations({ title })).toEqual([]);
    }
    expect(suggestOccupations({ title: '', description: '' })).toEqual([]);
    expect(() =>
      suggestOccupations({ title: null as unknown as string, description: 42 as never }),
    ).not.toThrow();
    expect(() => suggestOccupations({ title: 'x'.repeat(100_000) })).not.toThrow();
    expect(() =>
      suggestOccupations({ title: 'Cook', description: 'kitchen '.repeat(50_000) }),
    ).not.toThrow();
  });

  it('has low confidence where the title is mostly unknown words', () => {
    const [best] = suggestOccupations({ title: 'Xyzzy Plugh Manager' });
    expect(best?.confidence ?? 0).toBeLessThan(0.3);
  });

  it('answers the same for the same posting', () => {
    const query = { title: 'Warehouse Associate', description: 'Pick and pack orders.' };
    expect(suggestOccupations(query, { limit: 10 })).toEqual(
      suggestOccupations(query, { limit: 10 }),
    );
  });
});

describe('confidence', () => {
  it('is higher for a clear winner than for a close call', () => {
    const [clear] = confidences([3, 1, 0.5]);
    const [close] = confidences([3, 2.9, 2.8]);
    expect(clear!).toBeGreaterThan(close!);
  });

  it('never rises with rank', () => {
    const out = confidences([1, 0.99, 0.98, 0.2]);
    for (let i = 1; i < out.length; i++) expect(out[i]!).toBeLessThanOrEqual(out[i - 1]!);
  });
});
