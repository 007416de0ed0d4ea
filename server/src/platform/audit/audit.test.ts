import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@onestop/contracts';
import { REDACTED, diff, redact, type AuditWriter } from './audit';

/** Never run: `tsc` checks it. An action the contract does not list must not compile. */
export async function onlyContractActions(audit: AuditWriter) {
  await audit.record({ action: 'seeker.profile_saved', entityType: 'seeker' });
  // @ts-expect-error -- not in AUDIT_ACTIONS, so the audit viewer could not name it
  await audit.record({ action: 'seeker.unnamed_action', entityType: 'seeker' });
}

describe('audit snapshots', () => {
  it('SEC-9: secrets never reach the audit trail, only that they changed', () => {
    const out = redact({
      email: 'a@b.c',
      passwordHash: '$argon2id$...',
      ssn: '123-45-6789',
      nested: { csrfToken: 't' },
    });
    expect(out).toEqual({
      email: 'a@b.c',
      passwordHash: REDACTED,
      ssn: REDACTED,
      nested: { csrfToken: REDACTED },
    });
  });

  it('SEC-9: an update keeps only the fields that changed, before and after', () => {
    const when = new Date('2026-11-23T10:00:00Z');
    expect(
      diff(
        { name: 'A', roleId: 'r1', officeIds: ['o1'], at: when },
        { name: 'A', roleId: 'r2', officeIds: ['o1', 'o2'], at: when },
      ),
    ).toEqual({
      before: { roleId: 'r1', officeIds: ['o1'] },
      after: { roleId: 'r2', officeIds: ['o1', 'o2'] },
    });
  });

  it('SEC-9: a create keeps the whole new record and a delete the whole old one', () => {
    expect(diff(null, { name: 'A' })).toEqual({ before: null, after: { name: 'A' } });
    expect(diff({ name: 'A' }, null)).toEqual({ before: { name: 'A' }, after: null });
  });

  it('SEC-9: the actions the server may write are listed once, in the contract, without repeats', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });
});
