import type { SeekerDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorText } from '../../components/form-errors';
import { useSession } from '../session/session-context';
import { useRevealSsn } from './seekers-api';
import { PseudoTag } from './SeekerTags';

/**
 * SEEK-3, SEEK-5, SEC-7: the SSN is masked. A pseudo-SSN is shown in full (it is made from the
 * birth date), tagged as such. The full number shows only for staff with the ssn_reveal grant,
 * after a confirmation that says the view is audited; it is held in this component only.
 */
export function SsnValue({ person }: { person: SeekerDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const reveal = useRevealSsn(person.id);
  const [asking, setAsking] = useState(false);
  const [full, setFull] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (person.ssnIsPseudo) {
    return (
      <>
        <span>{person.pseudoSsn ?? person.ssnMasked ?? '—'}</span> <PseudoTag />
      </>
    );
  }
  if (!person.ssnMasked) return <>—</>;
  const mayReveal = session.grants.includes('ssn_reveal');

  const confirm = () => {
    setError(null);
    reveal.mutate(undefined, {
      onSuccess: (revealed) => {
        setFull(revealed.ssn);
        setAsking(false);
      },
      onError: (failure) => setError(errorText(failure, t)),
    });
  };

  return (
    <>
      {/* Read out when it changes, so a screen reader user hears the number they asked for. */}
      <span aria-live="polite" className="margin-right-2">
        {full ?? person.ssnMasked}
      </span>
      {mayReveal && (
        // One button that changes its words, so focus comes back to it when the dialog closes.
        <Button type="button" unstyled onClick={() => (full ? setFull(null) : setAsking(true))}>
          {full ? t('seekers.ssn.hide') : t('seekers.ssn.show')}
        </Button>
      )}
      {asking && (
        <ConfirmModal
          id="reveal-ssn"
          title={t('seekers.ssn.dialogTitle')}
          description={<p>{t('seekers.ssn.dialogBody')}</p>}
          confirmLabel={t('seekers.ssn.confirm')}
          busy={reveal.isPending}
          error={error}
          onConfirm={confirm}
          onCancel={() => {
            setAsking(false);
            setError(null);
          }}
        />
      )}
    </>
  );
}
