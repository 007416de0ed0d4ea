import type { LaborDispute } from '@onestop/contracts';
import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { errorText } from '../../../components/form-errors';
import { QueryError } from '../../../components/QueryError';
import { useFormatters } from '../../../i18n/format';
import { useCalendarDate } from '../../seekers/seeker-format';
import { useSession } from '../../session/session-context';
import { EndLaborDisputeDialog } from './EndLaborDisputeDialog';
import {
  mayManageLaborDisputes,
  maySeeLaborDisputes,
  useLaborDisputes,
  useVerifyLaborDispute,
} from './labor-disputes-api';
import { RecordLaborDisputeDialog } from './RecordLaborDisputeDialog';

const HEADING_ID = 'employer-labor-disputes-heading';

/** Active disputes first, then the most recent start. */
function currentFirst(items: LaborDispute[]): LaborDispute[] {
  return [...items].sort(
    (a, b) => Number(b.active) - Number(a.active) || b.startedAt.localeCompare(a.startedAt),
  );
}

interface LaborDisputesPanelProps {
  employerId: string;
  onNotice(text: string): void;
}

/**
 * JOB-11, 20 CFR 652.9: an employer's labor disputes, current and past. Anyone who works postings
 * sees them; only the central office records, verifies and ends them.
 */
export function LaborDisputesPanel({ employerId, onNotice }: LaborDisputesPanelProps) {
  const { t } = useTranslation();
  const session = useSession();
  const visible = maySeeLaborDisputes(session);
  const manage = mayManageLaborDisputes(session);
  const disputes = useLaborDisputes(employerId, visible);
  const verify = useVerifyLaborDispute(employerId);
  const [recording, setRecording] = useState(false);
  const [verifying, setVerifying] = useState<LaborDispute | null>(null);
  const [ending, setEnding] = useState<LaborDispute | null>(null);
  const calendarDate = useCalendarDate();

  if (!visible) return null;
  const items = currentFirst(disputes.data?.items ?? []);

  return (
    <section aria-labelledby={HEADING_ID} className="margin-bottom-4">
      <h2 id={HEADING_ID} className="margin-top-0">
        {t('employers.laborDisputes.heading')}
      </h2>
      <p className="usa-prose">{t('employers.laborDisputes.intro')}</p>
      {disputes.isPending ? (
        <p>{t('common.loading')}</p>
      ) : disputes.isError ? (
        <QueryError error={disputes.error} />
      ) : items.length === 0 ? (
        <p>{t('employers.laborDisputes.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {items.map((dispute) => (
            <DisputeItem
              key={dispute.id}
              dispute={dispute}
              manage={manage}
              onVerify={() => setVerifying(dispute)}
              onEnd={() => setEnding(dispute)}
            />
          ))}
        </ul>
      )}
      {manage && (
        <Button type="button" outline onClick={() => setRecording(true)}>
          {t('employers.laborDisputes.record')}
        </Button>
      )}
      {recording && (
        <RecordLaborDisputeDialog
          employerId={employerId}
          onClose={() => setRecording(false)}
          onDone={(text) => {
            setRecording(false);
            onNotice(text);
          }}
        />
      )}
      {verifying && (
        <ConfirmModal
          id="verify-labor-dispute"
          title={t('employers.laborDisputes.verifyTitle', {
            date: calendarDate(verifying.startedAt),
          })}
          description={<p>{t('employers.laborDisputes.verifyBody')}</p>}
          confirmLabel={t('employers.laborDisputes.verify')}
          busy={verify.isPending}
          error={verify.error ? errorText(verify.error, t) : null}
          onCancel={() => {
            verify.reset();
            setVerifying(null);
          }}
          onConfirm={() =>
            verify.mutate(verifying.id, {
              onSuccess: () => {
                onNotice(t('employers.laborDisputes.notices.verified'));
                setVerifying(null);
              },
            })
          }
        />
      )}
      {ending && (
        <EndLaborDisputeDialog
          dispute={ending}
          onClose={() => setEnding(null)}
          onDone={(text) => {
            setEnding(null);
            onNotice(text);
          }}
        />
      )}
    </section>
  );
}

interface DisputeItemProps {
  dispute: LaborDispute;
  manage: boolean;
  onVerify(): void;
  onEnd(): void;
}

function DisputeItem({ dispute, manage, onVerify, onEnd }: DisputeItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const calendarDate = useCalendarDate();
  const none = t('employers.detail.none');
  const started = calendarDate(dispute.startedAt);
  const headingId = `labor-dispute-${dispute.id}`;
  const rows: [string, string][] = [
    [t('employers.laborDisputes.positionsAtIssue'), dispute.positionsAtIssue],
    [t('employers.laborDisputes.positionTitles'), dispute.positionTitles.join(', ') || none],
    [t('employers.laborDisputes.positionCodes'), dispute.positionCodes.join(', ') || none],
    [t('employers.laborDisputes.description'), dispute.description ?? none],
    [
      t('employers.laborDisputes.verification'),
      dispute.verifiedAt
        ? t('employers.laborDisputes.verifiedBy', {
            date: format.date(dispute.verifiedAt),
            name: dispute.verifiedBy?.name ?? none,
          })
        : t('employers.laborDisputes.notVerified'),
    ],
  ];
  if (dispute.endedAt) {
    rows.push(
      [
        t('employers.laborDisputes.endedAt'),
        t('employers.laborDisputes.endedBy', {
          date: calendarDate(dispute.endedAt),
          name: dispute.endedVerifiedBy?.name ?? none,
        }),
      ],
      [t('employers.laborDisputes.verificationNote'), dispute.endVerificationNote ?? none],
    );
  }

  return (
    <li className="border-top border-base-lighter padding-top-2 margin-bottom-3">
      <h3 id={headingId} className="margin-y-0">
        {t('employers.laborDisputes.started', { date: started })}
        {dispute.active && (
          <>
            {' '}
            <span className="usa-tag bg-gold text-ink">{t('employers.laborDisputes.active')}</span>
          </>
        )}
      </h3>
      <dl className="onestop-details">
        {rows.map(([term, value]) => (
          <div key={term} className="onestop-details__row">
            <dt>{term}</dt>
            <dd className="onestop-break">{value}</dd>
          </div>
        ))}
      </dl>
      {manage && dispute.active && (
        <ButtonGroup>
          {!dispute.verifiedAt && (
            <Button
              type="button"
              outline
              onClick={onVerify}
              aria-label={t('employers.laborDisputes.verifyNamed', { date: started })}
            >
              {t('employers.laborDisputes.verify')}
            </Button>
          )}
          <Button
            type="button"
            outline
            onClick={onEnd}
            aria-label={t('employers.laborDisputes.endNamed', { date: started })}
          >
            {t('employers.laborDisputes.end')}
          </Button>
        </ButtonGroup>
      )}
    </li>
  );
}
