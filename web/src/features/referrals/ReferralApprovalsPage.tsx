import type { ReferralQueueItem } from '@onestop/contracts';
import { Button, Fieldset, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmModal } from '../../components/ConfirmModal';
import { TextAreaField } from '../../components/fields';
import { errorText } from '../../components/form-errors';
import { MessagePage } from '../../components/MessagePage';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../i18n/format';
import { focusNotice } from '../employers/ApprovalActions';
import { WhyTheseStars } from '../matching/MatchExplanation';
import { StarRating } from '../matching/StarRating';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { ratingOf } from './ReferralStatusTag';
import { useApproveReferral, useDenyReferral, useReferralQueue } from './referrals-api';

const NOTICE_ID = 'referral-approvals-notice';

/** Mirrors the server's check (REF-4), so that a short reason is caught before it is sent. */
export const MIN_DENIAL_REASON = 10;

/**
 * REF-4: job seekers' self-referral requests, oldest first, with how long each has waited and the
 * stars with why. Approving refers the seeker; denying needs a specific reason the seeker is sent,
 * signed with the staff member's contact or only the office's.
 */
export function ReferralApprovalsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = can(session, 'referrals', 'change');
  const [notice, setNotice] = useState<string | null>(null);
  const queue = useReferralQueue(allowed);

  if (!allowed) {
    return <MessagePage title={t('forbidden.title')} body={t('referrals.approvals.forbidden')} />;
  }
  const data = queue.data;
  const done = (text: string) => {
    setNotice(text);
    focusNotice(NOTICE_ID);
  };
  return (
    <>
      <PageTitle>{t('referrals.approvals.title')}</PageTitle>
      <p className="usa-intro">{t('referrals.approvals.intro')}</p>
      <div id={NOTICE_ID} tabIndex={-1}>
        <Notice>{notice}</Notice>
      </div>
      {queue.isPending && <p role="status">{t('referrals.approvals.loading')}</p>}
      {queue.isError && <QueryError error={queue.error} />}
      {data && data.items.length === 0 && <p>{t('referrals.approvals.empty')}</p>}
      {data && data.items.length > 0 && (
        <>
          <p className="text-bold" role="status">
            {t('referrals.approvals.count', { count: data.items.length })}
          </p>
          <ul className="usa-card-group">
            {data.items.map((item) => (
              <RequestCard
                key={item.id}
                item={item}
                target={data.targetBusinessDays}
                onDone={done}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

interface RequestCardProps {
  item: ReferralQueueItem;
  target: number;
  onDone(text: string): void;
}

function RequestCard({ item, target, onDone }: RequestCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const approve = useApproveReferral();
  const [denying, setDenying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const named = { seeker: item.seeker.name, title: item.posting.title };
  const headingId = `referral-request-${item.id}`;

  const onApprove = () => {
    setError(null);
    approve.mutate(item.id, {
      onSuccess: () => onDone(t('referrals.approvals.approved', named)),
      onError: (failure) => setError(errorText(failure, t)),
    });
  };

  return (
    <li className="usa-card tablet:grid-col-12">
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h2 className="usa-card__heading" id={headingId}>
            {item.seeker.name} <span className="text-normal">({item.seeker.recordNumber})</span>
          </h2>
        </div>
        <div className="usa-card__body">
          <p className="margin-y-05">
            <span className="text-bold">{t('referrals.common.posting')}:</span>{' '}
            <Link className="usa-link" to={`/postings/${item.posting.id}`}>
              {item.posting.title}
            </Link>{' '}
            ({item.posting.recordNumber}), {item.posting.employerName}
          </p>
          <p className="margin-y-05">
            {t('referrals.approvals.age', { count: item.ageDays })} ·{' '}
            {t('referrals.approvals.requestedOn', { date: format.dateTime(item.requestedAt) })}
            {item.overdue && (
              <span className="usa-tag bg-secondary-darker margin-left-1">
                {t('referrals.approvals.overdue', { count: target })}
              </span>
            )}
          </p>
          <p className="margin-y-05">
            <StarRating stars={item.stars} />
          </p>
          <WhyTheseStars
            id={`referral-request-${item.id}-rating`}
            rating={ratingOf(item)}
            describedBy={headingId}
          />
          <p>
            <Link className="usa-link" to={`/seekers/${item.seeker.id}`}>
              {t('referrals.approvals.viewResume')}
            </Link>
          </p>
          {error && !denying && <Notice kind="error">{error}</Notice>}
        </div>
        <div className="usa-card__footer">
          <Button
            type="button"
            onClick={onApprove}
            disabled={approve.isPending}
            aria-label={t('referrals.approvals.approveNamed', named)}
          >
            {t('referrals.approvals.approve')}
          </Button>
          <Button
            type="button"
            secondary
            onClick={() => setDenying(true)}
            aria-label={t('referrals.approvals.denyNamed', named)}
          >
            {t('referrals.approvals.deny')}
          </Button>
        </div>
      </div>
      {denying && (
        <DenyDialog
          item={item}
          onCancel={() => setDenying(false)}
          onDenied={(text) => {
            setDenying(false);
            onDone(text);
          }}
        />
      )}
    </li>
  );
}

interface DenyDialogProps {
  item: ReferralQueueItem;
  onCancel(): void;
  onDenied(text: string): void;
}

function DenyDialog({ item, onCancel, onDenied }: DenyDialogProps) {
  const { t } = useTranslation();
  const deny = useDenyReferral();
  const [reason, setReason] = useState('');
  const [signAs, setSignAs] = useState<'staff' | 'office'>('staff');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const named = { seeker: item.seeker.name, title: item.posting.title };

  const submit = () => {
    if (reason.trim().length < MIN_DENIAL_REASON) {
      setReasonError(t('referrals.approvals.reasonTooShort'));
      return;
    }
    setReasonError(undefined);
    setError(null);
    deny.mutate(
      { id: item.id, reason: reason.trim(), signAs },
      {
        onSuccess: (denied) =>
          onDenied(
            denied.emailedTo
              ? t('referrals.approvals.denied', { ...named, email: denied.emailedTo })
              : t('referrals.approvals.deniedNoEmail', named),
          ),
        onError: (failure) => setError(errorText(failure, t)),
      },
    );
  };

  return (
    <ConfirmModal
      id="deny-referral"
      title={t('referrals.approvals.denyTitle', named)}
      description={<p>{t('referrals.approvals.denyBody')}</p>}
      confirmLabel={t('referrals.approvals.deny')}
      danger
      busy={deny.isPending}
      error={error}
      onConfirm={submit}
      onCancel={onCancel}
    >
      <TextAreaField
        id="referral-deny-reason"
        label={t('referrals.approvals.reason')}
        value={reason}
        onChange={setReason}
        error={reasonError}
        maxLength={2000}
        rows={4}
        required
      />
      <Fieldset legend={t('referrals.approvals.signAs')}>
        <Radio
          id="referral-sign-as-staff"
          name="referral-sign-as"
          value="staff"
          label={t('referrals.approvals.signAsStaff')}
          checked={signAs === 'staff'}
          onChange={() => setSignAs('staff')}
        />
        <Radio
          id="referral-sign-as-office"
          name="referral-sign-as"
          value="office"
          label={t('referrals.approvals.signAsOffice')}
          checked={signAs === 'office'}
          onChange={() => setSignAs('office')}
        />
      </Fieldset>
    </ConfirmModal>
  );
}
