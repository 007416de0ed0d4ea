import type { EmployerDetail, TabKey } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { MessagePage } from '../../components/MessagePage';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { Tabs, type TabItem } from '../../components/Tabs';
import { mayEnterPostings } from '../postings/posting-access';
import { isTabWithheld } from '../session/permissions';
import { useSession } from '../session/session-context';
import { ApprovalActions, focusNotice } from './ApprovalActions';
import { isCentralOffice } from './employer-access';
import { Breadcrumbs } from './Breadcrumbs';
import { EmployerActivitiesPanel } from './EmployerActivitiesPanel';
import { EmployerContactsPanel } from './EmployerContactsPanel';
import { EmployerGeneralPanel } from './EmployerGeneralPanel';
import { formatRecordNumber } from './employer-format';
import { useEmployerDetail } from './employers-api';
import { EmployerTags } from './EmployerTags';

export const EMPLOYER_TABS = [
  'employers.general',
  'employers.contacts',
  'employers.activities',
] as const satisfies TabKey[];

type EmployerTab = (typeof EMPLOYER_TABS)[number];
type TabName = EmployerTab extends `employers.${infer Name}` ? Name : never;

const NOTICE_ID = 'employer-notice';
const NOTICES = ['created', 'updated', 'unchanged', 'resolved'] as const;
type ArrivalNotice = { notice: (typeof NOTICES)[number]; inactivated?: number; copied?: number };

function arrivalNotice(state: unknown): ArrivalNotice | null {
  const notice = (state as ArrivalNotice | null)?.notice;
  return notice && NOTICES.includes(notice) ? (state as ArrivalNotice) : null;
}

function useArrivalText(employer: EmployerDetail | undefined, arrival: ArrivalNotice | null) {
  const { t } = useTranslation();
  if (!employer || !arrival) return null;
  const record = formatRecordNumber(employer.recordNumber);
  switch (arrival.notice) {
    case 'created':
      return t('employers.notices.created', { record });
    case 'updated':
      return t('employers.notices.updated');
    case 'unchanged':
      return t('employers.notices.unchanged');
    case 'resolved':
      return `${t('employers.notices.resolved', { record, count: arrival.inactivated ?? 0 })} ${t(
        'employers.notices.contactsCopied',
        { count: arrival.copied ?? 0 },
      )}`;
  }
}

/** Why the record cannot be worked as usual: waiting for approval, or inactive (EMP-3, EMP-5). */
function StatusAlert({
  employer,
  onNotice,
}: {
  employer: EmployerDetail;
  onNotice(text: string): void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  if (employer.status === 'pending_approval') {
    return (
      <div className="usa-alert usa-alert--info margin-bottom-3">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('employers.detail.pending')}</p>
          {isCentralOffice(session) && (
            <ApprovalActions
              employer={employer}
              onDone={(text) => {
                onNotice(text);
                focusNotice(NOTICE_ID);
              }}
              className="margin-top-2"
            />
          )}
        </div>
      </div>
    );
  }
  if (employer.status !== 'inactive') return null;
  return (
    <div className="usa-alert usa-alert--warning margin-bottom-3">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {employer.mergedIntoId ? t('employers.detail.merged') : t('employers.detail.inactive')}{' '}
          {employer.mergedIntoId && (
            <Link className="usa-link" to={`/employers/${employer.mergedIntoId}`}>
              {t('employers.detail.openKept')}
            </Link>
          )}
        </p>
        {employer.inactivatedReason && (
          <p className="usa-alert__text">
            {t('employers.detail.reason', { reason: employer.inactivatedReason })}
          </p>
        )}
      </div>
    </div>
  );
}

/** An employer's record. SEC-3: tabs withheld from the role stay in place, marked unavailable. */
export function EmployerDetailPage() {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const detail = useEmployerDetail(employerId);
  const employer = detail.data;
  const [arrival] = useState(() => arrivalNotice(location.state));
  const [notice, setNotice] = useState<string | null>(null);
  const arrivalText = useArrivalText(employer, arrival);
  const firstAvailable =
    EMPLOYER_TABS.find((tab) => !isTabWithheld(session, tab)) ?? EMPLOYER_TABS[0];
  const [selectedTab, setSelectedTab] = useState<string>(firstAvailable);

  if (detail.error instanceof ApiError && detail.error.status === 404) {
    return (
      <MessagePage
        title={t('employers.detail.notFoundTitle')}
        body={t('employers.detail.notFoundBody')}
      />
    );
  }

  const tabs: TabItem[] = employer
    ? EMPLOYER_TABS.map((key) => {
        const name = key.slice('employers.'.length) as TabName;
        const active = selectedTab === key;
        return {
          key,
          label: t(`employers.detail.tabs.${name}`),
          unavailable: isTabWithheld(session, key),
          content:
            key === 'employers.general' ? (
              <EmployerGeneralPanel
                employer={employer}
                onNotice={setNotice}
                onOpenTab={(tab) => setSelectedTab(tab)}
              />
            ) : key === 'employers.contacts' ? (
              <EmployerContactsPanel employer={employer} active={active} onNotice={setNotice} />
            ) : (
              <EmployerActivitiesPanel employer={employer} active={active} onNotice={setNotice} />
            ),
        };
      })
    : [];

  return (
    <>
      <Breadcrumbs current={employer ? employer.legalName : t('employers.detail.title')} />
      <PageTitle>
        {employer
          ? t('employers.detail.heading', {
              name: employer.legalName,
              record: formatRecordNumber(employer.recordNumber),
            })
          : t('employers.detail.title')}
      </PageTitle>
      {detail.isPending && <p role="status">{t('common.loading')}</p>}
      {detail.isError && !employer && <QueryError error={detail.error} />}
      {employer && (
        <>
          <p className="onestop-person-summary flex-wrap">
            <EmployerTags employer={employer} />
          </p>
          {employer.status === 'active' && mayEnterPostings(session) && (
            <p>
              <Link
                className="usa-button usa-button--outline"
                to={`/postings/new?employerId=${employer.id}`}
              >
                {t('postings.newForEmployer')}
              </Link>
            </p>
          )}
          <div id={NOTICE_ID} tabIndex={-1}>
            <Notice>{notice ?? arrivalText}</Notice>
          </div>
          <StatusAlert employer={employer} onNotice={setNotice} />
          {/* Keyed by record so that moving between records starts each tab afresh. */}
          <Tabs
            key={employer.id}
            id="employer-tabs"
            label={t('employers.detail.tabsLabel')}
            tabs={tabs}
            selected={selectedTab}
            onSelect={setSelectedTab}
          />
        </>
      )}
    </>
  );
}
