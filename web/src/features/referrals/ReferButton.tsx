import type { ReferralSummary } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { useFormatters } from '../../i18n/format';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { useReferSeeker } from './referrals-api';

interface ReferButtonProps {
  seekerId: string;
  postingId: string;
  /** Names the posting in the button, for a list of many. */
  postingTitle?: string;
}

/**
 * REF-1: staff refer a job seeker to an open posting. During a veterans' priority hold the server
 * accepts it as a delayed referral (VET-4); its explanatory message is shown as it is written.
 */
export function ReferButton({ seekerId, postingId, postingTitle }: ReferButtonProps) {
  const session = useSession();
  if (!can(session, 'referrals', 'add')) return null;
  return <Refer seekerId={seekerId} postingId={postingId} postingTitle={postingTitle} />;
}

function Refer({ seekerId, postingId, postingTitle }: ReferButtonProps) {
  const { t } = useTranslation();
  const refer = useReferSeeker(seekerId);
  const [made, setMade] = useState<ReferralSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onClick = () => {
    setError(null);
    refer.mutate(postingId, {
      onSuccess: setMade,
      onError: (failure) => setError(errorText(failure, t)),
    });
  };

  return (
    <div className="margin-top-1">
      {!made && (
        <Button
          type="button"
          outline
          onClick={onClick}
          disabled={refer.isPending}
          aria-label={
            postingTitle ? t('referrals.refer.named', { title: postingTitle }) : undefined
          }
        >
          {t('referrals.refer.button')}
        </Button>
      )}
      {made && <Referred referral={made} />}
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}

function Referred({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (referral.status === 'held') {
    return (
      <Notice kind="info">
        {referral.releaseAt &&
          t('referrals.refer.held', { date: format.dateTime(referral.releaseAt) })}{' '}
        {referral.notice}
      </Notice>
    );
  }
  if (referral.status === 'referred') return <Notice>{t('referrals.refer.referred')}</Notice>;
  return (
    <Notice>
      {t('referrals.refer.other', { status: t(`referrals.status.${referral.status}`) })}
    </Notice>
  );
}
