import type { StaffSummary } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';

export function StaffStatusTag({ staff }: { staff: Pick<StaffSummary, 'active' | 'locked'> }) {
  const { t } = useTranslation();
  if (!staff.active)
    return <span className="usa-tag onestop-tag--inactive">{t('staff.status.inactive')}</span>;
  if (staff.locked)
    return <span className="usa-tag onestop-tag--locked">{t('staff.status.locked')}</span>;
  return <span className="usa-tag onestop-tag--active">{t('staff.status.active')}</span>;
}
