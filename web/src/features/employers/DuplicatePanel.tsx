import type { EmployerDuplicateCheckResult, EmployerRef } from '@onestop/contracts';
import { Checkbox, FormGroup } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FieldError } from '../../components/FieldError';
import { formatRecordNumber } from './employer-format';
import { EmployerTable } from './EmployerTable';

export const DUPLICATES_HEADING_ID = 'employer-duplicates-heading';
export const CONFIRM_ID = 'employer-new-confirmedNotDuplicate';

/** EMP-2: an active or pending record already holds this FEIN; creating another is refused. */
export function SameFeinAlert({ holder }: { holder: EmployerRef }) {
  const { t } = useTranslation();
  return (
    <div className="usa-alert usa-alert--error margin-y-3" aria-labelledby={DUPLICATES_HEADING_ID}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={DUPLICATES_HEADING_ID} tabIndex={-1}>
          {t('employers.add.sameFeinTitle')}
        </h2>
        <p className="usa-alert__text">
          {holder.officeName
            ? t('employers.add.sameFeinBodyOffice', { office: holder.officeName })
            : t('employers.add.sameFeinBody')}{' '}
          <Link className="usa-link" to={`/employers/${holder.id}`}>
            {t('employers.add.openRecord', {
              name: holder.legalName,
              record: formatRecordNumber(holder.recordNumber),
            })}
          </Link>
        </p>
      </div>
    </div>
  );
}

interface LikelyDuplicatesProps {
  likely: EmployerDuplicateCheckResult['likely'];
  confirmed: boolean;
  onConfirm(confirmed: boolean): void;
  error?: string;
}

/** EMP-2: a similar name with the same ZIP code or phone. Staff look, then say it is another. */
export function LikelyDuplicates({ likely, confirmed, onConfirm, error }: LikelyDuplicatesProps) {
  const { t } = useTranslation();
  return (
    <section className="margin-y-3" aria-labelledby={DUPLICATES_HEADING_ID}>
      <div className="usa-alert usa-alert--warning">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading" id={DUPLICATES_HEADING_ID} tabIndex={-1}>
            {t('employers.add.likelyTitle', { count: likely.length })}
          </h2>
          <p className="usa-alert__text">{t('employers.add.likelyBody')}</p>
        </div>
      </div>
      <EmployerTable
        id="employer-duplicates"
        caption={t('employers.add.likelyCaption')}
        items={likely}
        linksInNewTab
      />
      <FormGroup error={Boolean(error)}>
        <FieldError id={CONFIRM_ID} message={error} />
        <Checkbox
          id={CONFIRM_ID}
          name={CONFIRM_ID}
          label={t('employers.add.confirm')}
          checked={confirmed}
          onChange={(event) => onConfirm(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${CONFIRM_ID}-error` : undefined}
        />
      </FormGroup>
    </section>
  );
}
