import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../components/QueryError';
import { TableScroller } from '../../components/TableScroller';
import { useFormatters } from '../../i18n/format';
import { StarRating } from '../matching/StarRating';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { ReferralStatusTag } from './ReferralStatusTag';
import { useSeekerReferrals } from './referrals-api';

/** REF-1, REF-6, in a job seeker's record: their referrals, newest first, and what came of them. */
export function SeekerReferralsPanel({ seekerId }: { seekerId: string }) {
  const session = useSession();
  return can(session, 'referrals', 'view') ? <Referrals seekerId={seekerId} /> : null;
}

function Referrals({ seekerId }: { seekerId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const referrals = useSeekerReferrals(seekerId);
  const items = referrals.data?.items;
  return (
    <section aria-labelledby="seeker-referrals-heading" className="margin-y-4">
      <h2 id="seeker-referrals-heading">{t('referrals.seekerPanel.heading')}</h2>
      {referrals.isPending && <p role="status">{t('referrals.seekerPanel.loading')}</p>}
      {referrals.isError && <QueryError error={referrals.error} />}
      {items?.length === 0 && <p>{t('referrals.seekerPanel.empty')}</p>}
      {items && items.length > 0 && (
        <TableScroller labelledBy="seeker-referrals-heading">
          <table className="usa-table usa-table--borderless width-full">
            <thead>
              <tr>
                <th scope="col">{t('referrals.common.posting')}</th>
                <th scope="col">{t('referrals.common.status')}</th>
                <th scope="col">{t('referrals.common.stars')}</th>
                <th scope="col">{t('referrals.common.result')}</th>
                <th scope="col">{t('referrals.common.requested')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((referral) => (
                <tr key={referral.id}>
                  <th scope="row">
                    <Link className="usa-link" to={`/postings/${referral.posting.id}`}>
                      {referral.posting.title}
                    </Link>{' '}
                    <span className="text-normal">
                      ({referral.posting.recordNumber}), {referral.posting.employerName}
                    </span>
                  </th>
                  <td>
                    <ReferralStatusTag status={referral.status} />
                    <span className="display-block font-body-2xs">
                      {t(`referrals.kind.${referral.kind}`)}
                    </span>
                    {referral.status === 'held' && referral.releaseAt && (
                      <span className="display-block font-body-2xs">
                        {t('referrals.common.heldUntil', {
                          date: format.dateTime(referral.releaseAt),
                        })}
                      </span>
                    )}
                    {referral.denialReason && (
                      <span className="display-block font-body-2xs">
                        {t('referrals.common.deniedBecause', { reason: referral.denialReason })}
                      </span>
                    )}
                  </td>
                  <td>
                    <StarRating stars={referral.stars} />
                  </td>
                  <td>
                    {referral.result
                      ? t(`referrals.result.${referral.result}`)
                      : t('referrals.common.noResult')}
                    {referral.uiReview && (
                      <span className="display-block font-body-2xs">
                        {t('referrals.common.uiReview')}
                      </span>
                    )}
                  </td>
                  <td>{format.date(referral.requestedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </section>
  );
}
