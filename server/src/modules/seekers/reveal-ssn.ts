import type { RevealedSsn } from '@onestop/contracts';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { findSeekerRow } from './seekers.queries';
import { formatSsn } from './ssn.rules';

/** SEEK-3: the full SSN, for staff with the reveal grant only; every reveal is in the audit trail. */
export async function revealSsn(ctx: RequestContext, id: string): Promise<RevealedSsn> {
  return ctx.mutate(async (tx, audit) => {
    const row = await findSeekerRow(tx, id);
    if (!row) throw notFound('job seeker');
    const sealed = row.seeker.ssnCiphertext;
    await audit.record({ action: 'seeker.ssn_revealed', entityType: 'seeker', entityId: id });
    if (!sealed) throw notFound('SSN');
    return { ssn: formatSsn(ctx.vault.decrypt(sealed)), isPseudo: row.seeker.ssnIsPseudo };
  });
}
