import type { PostingStatus, PostingSummary } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';

const TAG_CLASS: Record<PostingStatus, string> = {
  draft: 'bg-base-lighter text-ink',
  // USWDS's warning colour with ink text keeps the contrast above 4.5:1.
  pending_approval: 'bg-gold text-ink',
  open: 'onestop-tag--active',
  on_hold: 'bg-gold text-ink',
  closed: 'onestop-tag--inactive',
  filled: 'onestop-tag--inactive',
  refused: 'onestop-tag--locked',
};

export function PostingStatusTag({ status }: { status: PostingStatus }) {
  const { t } = useTranslation();
  return <span className={`usa-tag ${TAG_CLASS[status]}`}>{t(`postings.status.${status}`)}</span>;
}

/** The status, and whether job seekers can find it now (JOB-8). */
export function PostingTags({ posting }: { posting: Pick<PostingSummary, 'status' | 'onBoard'> }) {
  const { t } = useTranslation();
  return (
    <>
      <PostingStatusTag status={posting.status} />{' '}
      {posting.onBoard && (
        <span className="usa-tag onestop-tag--active">{t('postings.onBoard')}</span>
      )}
    </>
  );
}
