import {
  REFERRAL_RESULTS,
  type PostingDetail,
  type ReferralResult,
  type ReferralSummary,
} from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SelectField } from '../../components/fields';
import { errorText } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { QueryError } from '../../components/QueryError';
import { TableScroller } from '../../components/TableScroller';
import { StarRating } from '../matching/StarRating';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { ReferralStatusTag } from './ReferralStatusTag';
import { usePostingReferrals, useRecordReferralResult } from './referrals-api';

/** REF-6, in a posting's record: who was referred, and what came of each referral. */
export function PostingReferralsPanel({ posting }: { posting: Pick<PostingDetail, 'id'> }) {
  const session = useSession();
  if (!can(session, 'referrals', 'view')) return null;
  return <Referrals postingId={posting.id} mayRecord={can(session, 'referrals', 'change')} />;
}

function Referrals({ postingId, mayRecord }: { postingId: string; mayRecord: boolean }) {
  const { t } = useTranslation();
  const referrals = usePostingReferrals(postingId);
  const [notice, setNotice] = useState<string | null>(null);
  const items = referrals.data?.items;
  return (
    <section aria-labelledby="posting-referrals-heading" className="margin-y-4">
      <h2 id="posting-referrals-heading">{t('referrals.postingPanel.heading')}</h2>
      <p>{t('referrals.postingPanel.intro')}</p>
      <Notice>{notice}</Notice>
      {referrals.isPending && <p role="status">{t('referrals.postingPanel.loading')}</p>}
      {referrals.isError && <QueryError error={referrals.error} />}
      {items?.length === 0 && <p>{t('referrals.postingPanel.empty')}</p>}
      {items && items.length > 0 && (
        <TableScroller labelledBy="posting-referrals-heading">
          <table className="usa-table usa-table--borderless width-full">
            <thead>
              <tr>
                <th scope="col">{t('referrals.common.seeker')}</th>
                <th scope="col">{t('referrals.common.status')}</th>
                <th scope="col">{t('referrals.common.stars')}</th>
                <th scope="col">{t('referrals.common.result')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((referral) => (
                <tr key={referral.id}>
                  <th scope="row">
                    <Link className="usa-link" to={`/seekers/${referral.seeker.id}`}>
                      {referral.seeker.name}
                    </Link>{' '}
                    <span className="text-normal">({referral.seeker.recordNumber})</span>
                  </th>
                  <td>
                    <ReferralStatusTag status={referral.status} />
                  </td>
                  <td>
                    <StarRating stars={referral.stars} />
                  </td>
                  <td>
                    {mayRecord && referral.status === 'referred' ? (
                      <ResultForm referral={referral} onSaved={setNotice} />
                    ) : (
                      <ResultText referral={referral} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </section>
  );
}

function ResultText({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  return (
    <>
      {referral.result ? t(`referrals.result.${referral.result}`) : t('referrals.common.noResult')}
      {referral.uiReview && (
        <span className="display-block font-body-2xs">{t('referrals.common.uiReview')}</span>
      )}
    </>
  );
}

function ResultForm({
  referral,
  onSaved,
}: {
  referral: ReferralSummary;
  onSaved(text: string): void;
}) {
  const { t } = useTranslation();
  const record = useRecordReferralResult();
  const [result, setResult] = useState<ReferralResult | ''>(referral.result ?? '');
  const [error, setError] = useState<string | undefined>();
  const seeker = referral.seeker.name;

  const save = () => {
    if (!result) {
      setError(t('referrals.postingPanel.chooseFirst'));
      return;
    }
    setError(undefined);
    record.mutate(
      { id: referral.id, result },
      {
        onSuccess: () =>
          onSaved(
            t('referrals.postingPanel.saved', { seeker, result: t(`referrals.result.${result}`) }),
          ),
        onError: (failure) => setError(errorText(failure, t)),
      },
    );
  };

  return (
    <div className="display-flex flex-align-end flex-wrap">
      <div className="margin-right-1">
        <SelectField
          id={`referral-result-${referral.id}`}
          label={t('referrals.postingPanel.recordLabel', { seeker })}
          value={result}
          onChange={(value) => setResult(value as ReferralResult | '')}
          emptyOption={t('referrals.postingPanel.choose')}
          options={REFERRAL_RESULTS.map((value) => ({
            value,
            label: t(`referrals.result.${value}`),
          }))}
          error={error}
        />
      </div>
      <Button
        type="button"
        outline
        onClick={save}
        disabled={record.isPending}
        aria-label={t('referrals.postingPanel.saveNamed', { seeker })}
      >
        {t('referrals.postingPanel.save')}
      </Button>
      {referral.uiReview && (
        <span className="display-block font-body-2xs width-full">
          {t('referrals.common.uiReview')}
        </span>
      )}
    </div>
  );
}
