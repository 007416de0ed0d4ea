import type { EmployerStatus, EmployerSummary } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';

const STATUS_CLASS: Record<EmployerStatus, string> = {
  active: 'usa-tag onestop-tag--active',
  // USWDS's warning colour with ink text keeps the contrast above 4.5:1.
  pending_approval: 'usa-tag bg-gold text-ink',
  inactive: 'usa-tag onestop-tag--inactive',
};

export function EmployerStatusTag({ status }: { status: EmployerStatus }) {
  const { t } = useTranslation();
  return <span className={STATUS_CLASS[status]}>{t(`employers.status.${status}`)}</span>;
}

/** The status, and whether the employer registered itself (EMP-5) or has no FEIN (EMP-1). */
export function EmployerTags({
  employer,
}: {
  employer: Pick<EmployerSummary, 'status' | 'source' | 'independentContractor'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <EmployerStatusTag status={employer.status} />
      {employer.source === 'self_service' && (
        <>
          {' '}
          <span className="usa-tag onestop-tag--inactive">{t('employers.tags.selfService')}</span>
        </>
      )}
      {employer.independentContractor && (
        <>
          {' '}
          <span className="usa-tag onestop-tag--inactive">{t('employers.tags.contractor')}</span>
        </>
      )}
    </>
  );
}
