import type { EmployerDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/format';
import { can, isTabWithheld } from '../session/permissions';
import { useSession } from '../session/session-context';
import { Details, Lines } from './Details';
import { addressLines } from './employer-format';
import { EmployerOwners } from './EmployerOwners';
import { EmployerStatusDialog } from './EmployerStatusDialog';
import { FeinValue } from './EmployerTable';
import { EmployerStatusTag } from './EmployerTags';
import { LaborDisputesPanel } from './labor-disputes/LaborDisputesPanel';
import { RecentWork } from './RecentWork';

const row = (term: string, value: ReactNode): [string, ReactNode] => [term, value];

interface EmployerGeneralPanelProps {
  employer: EmployerDetail;
  onNotice(text: string): void;
  onOpenTab(tab: 'employers.activities'): void;
}

/**
 * The General tab: recent work first (EMP-6), then the employer's details, status, owners and
 * labor disputes (JOB-11).
 */
export function EmployerGeneralPanel({ employer, onNotice, onOpenTab }: EmployerGeneralPanelProps) {
  const { t } = useTranslation();
  const session = useSession();
  const format = useFormatters();
  const [changing, setChanging] = useState(false);
  const none = t('employers.detail.none');
  const canChange = can(session, 'employers', 'change');
  const website = employer.website;

  return (
    <>
      <RecentWork
        employer={employer}
        onOpenActivities={
          isTabWithheld(session, 'employers.activities')
            ? undefined
            : () => onOpenTab('employers.activities')
        }
      />
      <Details
        id="employer-identity-heading"
        heading={t('employers.form.employerHeading')}
        rows={[
          [t('employers.fields.legalName'), employer.legalName],
          [t('employers.fields.tradeName'), employer.tradeName ?? none],
          [t('employers.fields.fein'), <FeinValue key="fein" employer={employer} />],
          ...(employer.independentContractor
            ? [row(t('employers.fields.noFeinNote'), employer.noFeinNote ?? none)]
            : []),
        ]}
      >
        {canChange && (
          <Link className="usa-button usa-button--outline" to={`/employers/${employer.id}/edit`}>
            {t('employers.detail.edit')}
          </Link>
        )}
      </Details>
      <Details
        id="employer-contact-heading"
        heading={t('employers.form.contactHeading')}
        rows={[
          [
            t('employers.fields.address'),
            <Lines key="a" lines={addressLines(employer)} none={none} />,
          ],
          [t('employers.fields.county'), employer.county ?? none],
          [t('employers.fields.phone'), employer.phone ?? none],
          [t('employers.fields.email'), employer.email ?? none],
          [
            t('employers.fields.website'),
            website ? (
              <a
                className="usa-link onestop-break"
                href={/^https?:\/\//i.test(website) ? website : `https://${website}`}
                rel="noopener noreferrer"
                target="_blank"
              >
                {website}
                <span className="usa-sr-only"> {t('employers.opensInNewTab')}</span>
              </a>
            ) : (
              none
            ),
          ],
        ]}
      />
      <Details
        id="employer-business-heading"
        heading={t('employers.form.businessHeading')}
        rows={[
          [t('employers.fields.naicsCode'), employer.naicsCode ?? none],
          [
            t('employers.fields.ownershipType'),
            employer.ownershipType ? t(`employers.ownership.${employer.ownershipType}`) : none,
          ],
          [
            t('employers.fields.sizeClass'),
            employer.sizeClass
              ? t('employers.form.sizeOption', { size: employer.sizeClass })
              : none,
          ],
          [
            t('employers.fields.jobOrders'),
            t('employers.detail.jobOrders', {
              count: employer.counts.jobOrders,
              open: employer.counts.openJobOrders,
            }),
          ],
        ]}
      />
      <Details
        id="employer-record-heading"
        heading={t('employers.detail.recordHeading')}
        rows={[
          [t('employers.fields.status'), <EmployerStatusTag key="s" status={employer.status} />],
          ...(employer.inactivatedReason
            ? [row(t('employers.fields.inactivatedReason'), employer.inactivatedReason)]
            : []),
          [t('employers.fields.office'), employer.office?.name ?? none],
          [t('employers.fields.source'), t(`employers.sources.${employer.source}`)],
          [
            t('employers.fields.createdAt'),
            employer.createdBy
              ? t('employers.detail.createdBy', {
                  date: format.dateTime(employer.createdAt),
                  name: employer.createdBy,
                })
              : format.dateTime(employer.createdAt),
          ],
          ...(employer.approvedAt
            ? [row(t('employers.fields.approvedAt'), format.dateTime(employer.approvedAt))]
            : []),
        ]}
      >
        {canChange && employer.status !== 'pending_approval' && (
          <Button type="button" outline onClick={() => setChanging(true)}>
            {employer.status === 'active'
              ? t('employers.statusDialog.openInactive')
              : t('employers.statusDialog.openActive')}
          </Button>
        )}
        {changing && (
          <EmployerStatusDialog
            employer={employer}
            onClose={() => setChanging(false)}
            onDone={(text) => {
              setChanging(false);
              onNotice(text);
            }}
          />
        )}
      </Details>
      <EmployerOwners employer={employer} onNotice={onNotice} />
      <LaborDisputesPanel employerId={employer.id} onNotice={onNotice} />
    </>
  );
}
