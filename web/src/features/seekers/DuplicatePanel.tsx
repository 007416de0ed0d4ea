import type { DuplicateCheckResult, SeekerSummary } from '@onestop/contracts';
import { Checkbox, FormGroup } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FieldError } from '../../components/FieldError';
import { formatRecordNumber, seekerName } from './seeker-format';
import { SeekerTable } from './SeekerTable';

export const DUPLICATES_HEADING_ID = 'seeker-duplicates-heading';
export const CONFIRM_ID = 'seeker-new-confirmedNotDuplicate';

/** SEEK-3: a record with the same real SSN already exists; registering again is refused. */
export function SameSsnAlert({ person }: { person: SeekerSummary }) {
  const { t } = useTranslation();
  return (
    <div className="usa-alert usa-alert--error margin-y-3" aria-labelledby={DUPLICATES_HEADING_ID}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={DUPLICATES_HEADING_ID} tabIndex={-1}>
          {t('seekers.duplicates.sameSsnTitle')}
        </h2>
        <p className="usa-alert__text">
          {t('seekers.duplicates.sameSsnBody')}{' '}
          <Link className="usa-link" to={`/seekers/${person.id}`}>
            {t('seekers.duplicates.openRecord', {
              name: seekerName(person),
              record: formatRecordNumber(person.recordNumber),
            })}
          </Link>
        </p>
      </div>
    </div>
  );
}

interface LikelyDuplicatesProps {
  likely: DuplicateCheckResult['likely'];
  confirmed: boolean;
  onConfirm(confirmed: boolean): void;
  error?: string;
}

/** SEEK-3: similar name, same birth date. Staff look, then say it is someone else to go on. */
export function LikelyDuplicates({ likely, confirmed, onConfirm, error }: LikelyDuplicatesProps) {
  const { t } = useTranslation();
  return (
    <section className="margin-y-3" aria-labelledby={DUPLICATES_HEADING_ID}>
      <div className="usa-alert usa-alert--warning">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading" id={DUPLICATES_HEADING_ID} tabIndex={-1}>
            {t('seekers.duplicates.likelyTitle', { count: likely.length })}
          </h2>
          <p className="usa-alert__text">{t('seekers.duplicates.likelyBody')}</p>
        </div>
      </div>
      <SeekerTable
        id="seeker-duplicates"
        caption={t('seekers.duplicates.caption')}
        items={likely}
        linksInNewTab
      />
      <FormGroup error={Boolean(error)}>
        <FieldError id={CONFIRM_ID} message={error} />
        <Checkbox
          id={CONFIRM_ID}
          name={CONFIRM_ID}
          label={t('seekers.duplicates.confirm')}
          checked={confirmed}
          onChange={(event) => onConfirm(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${CONFIRM_ID}-error` : undefined}
        />
      </FormGroup>
    </section>
  );
}
