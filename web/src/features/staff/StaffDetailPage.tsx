import type { TabKey } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useOffices } from '../../api/offices';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { Tabs, type TabItem } from '../../components/Tabs';
import { can, isTabWithheld } from '../session/permissions';
import { useSession } from '../session/session-context';
import { useRoleOptions, useStaffDetail } from './staff-api';
import { assignableOffices } from './staff-form';
import { StaffActions } from './StaffActions';
import { GeneralPanel, GrantsPanel, OfficesPanel } from './StaffPanels';
import { StaffStatusTag } from './StaffStatusTag';

const STAFF_TABS = ['staff.general', 'staff.offices', 'staff.grants'] as const satisfies TabKey[];

function initialNotice(state: unknown): 'created' | null {
  return (state as { notice?: string } | null)?.notice === 'created' ? 'created' : null;
}

export function StaffDetailPage() {
  const { t } = useTranslation();
  const { staffId = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const detail = useStaffDetail(staffId);
  const offices = useOffices();
  const roles = useRoleOptions();
  const editable = can(session, 'admin.staff', 'change');
  const [notice, setNotice] = useState<string | null>(() =>
    initialNotice(location.state) ? t('staff.notices.created') : null,
  );
  const firstAvailable = STAFF_TABS.find((tab) => !isTabWithheld(session, tab)) ?? STAFF_TABS[0];
  const [selectedTab, setSelectedTab] = useState<string>(firstAvailable);
  const person = detail.data;

  const saved = () => setNotice(t('staff.notices.saved'));
  const tabs: TabItem[] = person
    ? [
        {
          key: 'staff.general',
          label: t('staff.tabs.general'),
          unavailable: isTabWithheld(session, 'staff.general'),
          content: (
            <GeneralPanel
              person={person}
              editable={editable}
              onSaved={saved}
              roles={roles.data ?? []}
            />
          ),
        },
        {
          key: 'staff.offices',
          label: t('staff.tabs.offices'),
          unavailable: isTabWithheld(session, 'staff.offices'),
          content: (
            <OfficesPanel
              person={person}
              editable={editable}
              onSaved={saved}
              offices={assignableOffices(
                offices.data ?? [],
                session,
                person.offices.map((o) => o.id),
              )}
            />
          ),
        },
        {
          key: 'staff.grants',
          label: t('staff.tabs.grants'),
          unavailable: isTabWithheld(session, 'staff.grants'),
          content: <GrantsPanel person={person} editable={editable} onSaved={saved} />,
        },
      ]
    : [];

  return (
    <>
      <nav className="usa-breadcrumb" aria-label={t('breadcrumb.label')}>
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to="/admin/staff">
              <span>{t('staff.list.title')}</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{person?.displayName ?? t('staff.detail.title')}</span>
          </li>
        </ol>
      </nav>
      <PageTitle>{person?.displayName ?? t('staff.detail.title')}</PageTitle>
      {detail.isPending && <p role="status">{t('common.loading')}</p>}
      {detail.isError && !person && <QueryError error={detail.error} />}
      {person && (
        <>
          <p className="onestop-person-summary">
            <span>{person.email}</span> <StaffStatusTag staff={person} />
          </p>
          <Notice>{notice}</Notice>
          <StaffActions person={person} onNotice={setNotice} />
          {/* Keyed by account so that switching accounts starts each form afresh. */}
          <Tabs
            key={person.id}
            id="staff-tabs"
            label={t('staff.detail.tabsLabel')}
            tabs={tabs}
            selected={selectedTab}
            onSelect={setSelectedTab}
          />
        </>
      )}
    </>
  );
}
