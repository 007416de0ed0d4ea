import type { SeekerDetail, TabKey } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { MessagePage } from '../../components/MessagePage';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { Tabs, type TabItem } from '../../components/Tabs';
import { SeekerMatchesPanel } from '../matching/SeekerMatchesPanel';
import { SeekerReferralsPanel } from '../referrals/SeekerReferralsPanel';
import { SeekerProfilePanel } from '../profile/SeekerProfilePanel';
import { isTabWithheld } from '../session/permissions';
import { useSession } from '../session/session-context';
import { formatRecordNumber, seekerName } from './seeker-format';
import { useSeekerDetail } from './seekers-api';
import { SeekerGeneralPanel } from './SeekerGeneralPanel';
import { SeekerResumePanel } from './SeekerResumePanel';
import { PseudoTag, SeekerStatusTag } from './SeekerTags';

const SEEKER_TABS = [
  'seekers.general',
  'seekers.profile',
  'seekers.resume',
  'seekers.services',
  'seekers.referrals',
  'seekers.case',
] as const satisfies TabKey[];

type SeekerTab = (typeof SEEKER_TABS)[number];
type TabName = SeekerTab extends `seekers.${infer Name}` ? Name : never;

function registeredNotice(state: unknown): boolean {
  return (state as { notice?: string } | null)?.notice === 'registered';
}

function useRegisteredText(person: SeekerDetail | undefined, justRegistered: boolean) {
  const { t } = useTranslation();
  if (!person || !justRegistered) return null;
  const record = formatRecordNumber(person.recordNumber);
  return person.pseudoSsn
    ? t('seekers.notices.registeredWithPseudo', { record, pseudoSsn: person.pseudoSsn })
    : t('seekers.notices.registered', { record });
}

/** A job seeker's record. SEC-3: tabs withheld from the role stay in place, marked unavailable. */
export function SeekerDetailPage() {
  const { t } = useTranslation();
  const { seekerId = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const detail = useSeekerDetail(seekerId);
  const person = detail.data;
  const [justRegistered] = useState(() => registeredNotice(location.state));
  const [notice, setNotice] = useState<string | null>(null);
  const registeredText = useRegisteredText(person, justRegistered);
  const firstAvailable = SEEKER_TABS.find((tab) => !isTabWithheld(session, tab)) ?? SEEKER_TABS[0];
  // A page that sends the user back here (the résumé builder, say) may name the tab to open.
  const [selectedTab, setSelectedTab] = useState<string>(() => {
    const wanted = (location.state as { tab?: string } | null)?.tab;
    const tab = SEEKER_TABS.find((key) => key === wanted);
    return tab && !isTabWithheld(session, tab) ? tab : firstAvailable;
  });

  const title = person
    ? t('seekers.detail.heading', {
        name: seekerName(person),
        record: formatRecordNumber(person.recordNumber),
      })
    : t('seekers.detail.title');

  const later = (
    <p className="usa-prose">
      <em>{t('seekers.detail.later')}</em>
    </p>
  );
  const tabs: TabItem[] = person
    ? SEEKER_TABS.map((key) => {
        const name = key.slice('seekers.'.length) as TabName;
        return {
          key,
          label: t(`tabNames.seekers.${name}`),
          unavailable: isTabWithheld(session, key),
          content:
            key === 'seekers.general' ? (
              <SeekerGeneralPanel person={person} onNotice={setNotice} />
            ) : key === 'seekers.profile' ? (
              <SeekerProfilePanel
                seekerId={person.id}
                active={selectedTab === key}
                onNotice={setNotice}
              />
            ) : key === 'seekers.resume' ? (
              <SeekerResumePanel seekerId={person.id} active={selectedTab === key} />
            ) : (
              later
            ),
        };
      })
    : [];

  if (detail.error instanceof ApiError && detail.error.status === 404) {
    return (
      <MessagePage
        title={t('seekers.detail.notFoundTitle')}
        body={t('seekers.detail.notFoundBody')}
      />
    );
  }

  return (
    <>
      <nav className="usa-breadcrumb" aria-label={t('breadcrumb.label')}>
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to="/seekers">
              <span>{t('seekers.search.title')}</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{person ? seekerName(person) : t('seekers.detail.title')}</span>
          </li>
        </ol>
      </nav>
      <PageTitle>{title}</PageTitle>
      {detail.isPending && <p role="status">{t('common.loading')}</p>}
      {detail.isError && !person && <QueryError error={detail.error} />}
      {person && (
        <>
          <p className="onestop-person-summary flex-wrap">
            <SeekerStatusTag kind="registration" status={person.registrationStatus} />
            <SeekerStatusTag kind="seeker" status={person.seekerStatus} />
            {person.ssnIsPseudo && <PseudoTag />}
          </p>
          <Notice>{notice ?? registeredText}</Notice>
          {/* Keyed by record so that moving between records starts each tab afresh. */}
          <Tabs
            key={person.id}
            id="seeker-tabs"
            label={t('seekers.detail.tabsLabel')}
            tabs={tabs}
            selected={selectedTab}
            onSelect={setSelectedTab}
          />
          <SeekerMatchesPanel key={`matches-${person.id}`} seekerId={person.id} />
          <SeekerReferralsPanel key={`referrals-${person.id}`} seekerId={person.id} />
        </>
      )}
    </>
  );
}
