import { describe, expect, it } from 'vitest';
import { REDACTED, diff, redact } from './audit';

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
});
