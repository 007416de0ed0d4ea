import type { ActiveStatus } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';

/** SEEK-5: marks an SSN the system made up, so no one takes it for the person's own. */
export function PseudoTag() {
  const { t } = useTranslation();
  return (
    <span className="usa-tag onestop-tag--inactive" title={t('seekers.pseudo.explain')}>
      {t('seekers.pseudo.tag')}
    </span>
  );
}

/** SEEK-2: the registration status and the job-seeker status, each named in its tag. */
export function SeekerStatusTag({
  kind,
  status,
}: {
  kind: 'registration' | 'seeker';
  status: ActiveStatus;
}) {
  const { t } = useTranslation();
  const label =
    kind === 'registration'
      ? t('seekers.status.registrationTag', { status: t(`seekers.status.${status}`) })
      : t('seekers.status.seekerTag', { status: t(`seekers.status.${status}`) });
  return <span className={`usa-tag onestop-tag--${status}`}>{label}</span>;
}
