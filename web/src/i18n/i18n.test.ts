import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import { catalogues, featureCatalogues } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  const english = flatten(catalogues.en);
  const spanish = flatten(catalogues.es);

  it('feature catalogues add their own top-level keys and replace none of the app’s', () => {
    for (const feature of featureCatalogues) {
      for (const [base, catalogue] of [
        [en, feature.en],
        [es, feature.es],
      ] as const) {
        const shared = Object.keys(catalogue).filter((key) => key in base);
        expect(shared).toEqual([]);
      }
    }
    expect(english.size).toBe(
      featureCatalogues.reduce(
        (size, feature) => size + flatten(feature.en).size,
        flatten(en).size,
      ),
    );
  });

  it('English and Spanish have exactly the same keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no translation is empty', () => {
    for (const [key, value] of [...english, ...spanish]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('each Spanish string keeps the placeholders of its English one', () => {
    for (const [key, value] of english) {
      expect(placeholders(spanish.get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });

  it('Spanish is translated, not copied (apart from names and shared words)', () => {
    const same = [...english].filter(([key, value]) => spanish.get(key) === value).map(([k]) => k);
    expect(same.length).toBeLessThan(english.size / 20);
  });
});
