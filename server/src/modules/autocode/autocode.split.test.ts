import { describe, expect, it } from 'vitest';
import { readOnetSource } from '../onet/onet.catalog';
import { autocoder } from './autocode';
import { fnv1a, ownTitleKey, splitTitles, titleKey, titleRole } from './autocode.split';

const source = readOnetSource();

describe('autocoder hold-out: the bench evaluates on titles the coder never indexed', () => {
  const { indexed, evaluation } = splitTitles(source);

  it('holds out about 8% of the alternate titles, the same ones every time', () => {
    const share = evaluation.length / new Set(source.titles.map(([t]) => titleKey(t))).size;
    expect(share).toBeGreaterThan(0.06);
    expect(share).toBeLessThan(0.1);
    expect(splitTitles(readOnetSource())).toEqual({ indexed, evaluation });
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('keeps every held-out title out of the index', () => {
    const coder = autocoder();
    const held = new Set(evaluation.map((e) => titleKey(e.title)));
    for (const [title] of indexed) expect(held.has(titleKey(title))).toBe(false);
    for (const { title } of evaluation) expect(coder.hasTitle(title)).toBe(false);
    expect(coder.hasTitle('Forklift Operator')).toBe(true);
  });

  it("never holds out an occupation's own title", () => {
    // "Teachers, Except Special Education" is indexed without the words after "Except".
    for (const o of source.occupations) {
      expect(autocoder().hasTitle(o.title.replace(/,?\s+except\b.*$/i, ''))).toBe(true);
    }
    const own = new Set(source.occupations.map((o) => ownTitleKey(o.title)));
    for (const { title } of evaluation) expect(own.has(titleKey(title))).toBe(false);
  });

  it('lists every occupation O*NET gives a held-out title under', () => {
    const byKey = new Map<string, Set<string>>();
    for (const [title, index] of source.titles) {
      const key = titleKey(title);
      const set = byKey.get(key) ?? new Set<string>();
      byKey.set(key, set.add(source.occupations[index]!.code));
    }
    for (const { title, codes } of evaluation) {
      expect(new Set(codes)).toEqual(byKey.get(titleKey(title)));
    }
  });

  it('tuning also leaves out the development split, and evaluates on it', () => {
    const tuning = splitTitles(source, true);
    expect(tuning.indexed.length).toBeLessThan(indexed.length);
    for (const { title } of tuning.evaluation) expect(titleRole(titleKey(title))).toBe('dev');
    const keys = new Set(tuning.indexed.map(([t]) => titleKey(t)));
    for (const { title } of [...tuning.evaluation, ...evaluation]) {
      expect(keys.has(titleKey(title))).toBe(false);
    }
  });
});
