import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@onestop/contracts';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import {
  isKnownAction,
  isKnownEntityType,
  KNOWN_ACTIONS,
  KNOWN_ENTITY_TYPES,
} from './audit-labels';

type Tree = { [key: string]: string | Tree };

/** The string at a dotted path, or undefined when there is none. */
function at(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('audit viewer labels (SEC-9)', () => {
  it('SEC-9: every action the server may write, and every retired one, has an English and a Spanish label', () => {
    expect(KNOWN_ACTIONS).toEqual(expect.arrayContaining([...AUDIT_ACTIONS]));
    for (const action of KNOWN_ACTIONS) {
      expect(at(en as Tree, `auditActions.${action}`)?.trim(), `en ${action}`).toBeTruthy();
      expect(at(es as Tree, `auditActions.${action}`)?.trim(), `es ${action}`).toBeTruthy();
      expect(isKnownAction(action)).toBe(true);
    }
    expect(isKnownAction('seeker.something_new')).toBe(false);
  });

  it('SEC-9: every kind of record the audit trail names has an English and a Spanish label', () => {
    expect(KNOWN_ENTITY_TYPES).toEqual(AUDIT_ENTITY_TYPES);
    for (const type of KNOWN_ENTITY_TYPES) {
      expect(at(en as Tree, `entityTypes.${type}`)?.trim(), `en ${type}`).toBeTruthy();
      expect(at(es as Tree, `entityTypes.${type}`)?.trim(), `es ${type}`).toBeTruthy();
      expect(isKnownEntityType(type)).toBe(true);
    }
  });

  it('SEC-9: the labels say different things: no two actions share one in either language', () => {
    for (const catalogue of [en, es] as Tree[]) {
      const labels = KNOWN_ACTIONS.map((action) => at(catalogue, `auditActions.${action}`));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
