import type { PostingDetail, PostingStatusAction } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorText } from '../../../components/form-errors';
import { can } from '../../session/permissions';
import { useSession } from '../../session/session-context';
import { mayEnterPostings } from '../posting-access';
import { useReleaseReservation } from '../postings-api';
import { ContactDialog } from './ContactDialog';
import { DuplicateDialog } from './DuplicateDialog';
import { OpeningsDialog } from './OpeningsDialog';
import { RepostDialog, ReservationDialog } from './ReservationDialog';
import { StatusDialog, statusActions } from './StatusDialog';

type Open =
  | { kind: 'status'; action: PostingStatusAction }
  | { kind: 'openings' | 'contact' | 'reserve' | 'repost' | 'duplicate' }
  | null;

const FINAL = ['closed', 'filled', 'refused'];

interface PostingActionsProps {
  posting: PostingDetail;
  onNotice(text: string): void;
}

/** Why the actions are not offered: the role, the program type (JOB-10) or ownership (JOB-2). */
function WhyNot({ posting }: { posting: PostingDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const reason = !can(session, 'postings', 'change')
    ? t('postings.actions.whyRole')
    : posting.programType !== 'none'
      ? t('postings.actions.whyProgram')
      : t('postings.actions.whyOwner', { owner: posting.owner?.name ?? t('postings.none') });
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim margin-bottom-2">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{reason}</p>
      </div>
    </div>
  );
}

/**
 * What may be done with a posting, all through the owner or a designee (JOB-2): edit, raise the
 * openings (JOB-6), change the status (JOB-7), how to apply, the reservation (JOB-9), repost
 * (JOB-8); and, for a closed or filled one, duplicate it into a new posting (JOB-7).
 */
export function PostingActions({ posting, onNotice }: PostingActionsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const release = useReleaseReservation(posting.id);
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const final = FINAL.includes(posting.status);
  const mayChange = posting.youMayChange && can(session, 'postings', 'change');
  const mayDuplicate =
    (posting.status === 'closed' || posting.status === 'filled') && mayEnterPostings(session);
  const done = (text: string) => {
    setOpen(null);
    onNotice(text);
  };

  return (
    <section aria-labelledby="posting-actions-heading" className="margin-bottom-4">
      <h2 id="posting-actions-heading" className="usa-sr-only">
        {t('postings.actions.heading')}
      </h2>
      {!posting.youMayChange && <WhyNot posting={posting} />}
      {final && <p>{t('postings.actions.final')}</p>}
      {error && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{error}</p>
          </div>
        </div>
      )}
      <div className="display-flex flex-wrap">
        {mayChange && !final && (
          <>
            {statusActions(posting).map((action) => (
              <Button
                key={action}
                type="button"
                secondary={action === 'refuse'}
                outline={action !== 'submit' && action !== 'approve' && action !== 'refuse'}
                onClick={() => setOpen({ kind: 'status', action })}
              >
                {t(`postings.actions.${action}`)}
              </Button>
            ))}
            <Link className="usa-button usa-button--outline" to={`/postings/${posting.id}/edit`}>
              {t('postings.actions.edit')}
            </Link>
            <Button type="button" outline onClick={() => setOpen({ kind: 'openings' })}>
              {t('postings.actions.openings')}
            </Button>
            <Button type="button" outline onClick={() => setOpen({ kind: 'contact' })}>
              {t('postings.actions.contact')}
            </Button>
            {posting.reservation ? (
              <Button
                type="button"
                outline
                disabled={release.isPending}
                onClick={() => {
                  setError(null);
                  release.mutate(undefined, {
                    onSuccess: () => onNotice(t('postings.notices.released')),
                    onError: (failure) => setError(errorText(failure, t)),
                  });
                }}
              >
                {t('postings.actions.release')}
              </Button>
            ) : (
              <Button type="button" outline onClick={() => setOpen({ kind: 'reserve' })}>
                {t('postings.actions.reserve')}
              </Button>
            )}
            {posting.removedFromBoardAt && (
              <Button type="button" outline onClick={() => setOpen({ kind: 'repost' })}>
                {t('postings.actions.repost')}
              </Button>
            )}
          </>
        )}
        {mayDuplicate && (
          <Button type="button" onClick={() => setOpen({ kind: 'duplicate' })}>
            {t('postings.actions.duplicate')}
          </Button>
        )}
      </div>
      {open?.kind === 'status' && (
        <StatusDialog
          posting={posting}
          action={open.action}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
      {open?.kind === 'openings' && (
        <OpeningsDialog posting={posting} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === 'contact' && (
        <ContactDialog posting={posting} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === 'reserve' && (
        <ReservationDialog posting={posting} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === 'repost' && (
        <RepostDialog posting={posting} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === 'duplicate' && (
        <DuplicateDialog posting={posting} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
