import { Checkbox } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { TextAreaField } from '../../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../../components/form-errors';
import { DateField } from '../../postings/form/form-controls';
import { localToday } from '../ActivityForms';
import { useRecordLaborDispute } from './labor-disputes-api';

const ID = 'labor-dispute';
const fieldId = (field: string) => `${ID}-${field}`;

/** One entry a line (codes may also be split by commas or spaces), blanks left out. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const codes = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

interface RecordLaborDisputeDialogProps {
  employerId: string;
  onClose(): void;
  onDone(text: string): void;
}

/**
 * JOB-11, 652.9(c): the central office records a dispute a local office reported. Postings for the
 * positions at issue go on hold at once; the employer's other postings carry the statement.
 */
export function RecordLaborDisputeDialog({
  employerId,
  onClose,
  onDone,
}: RecordLaborDisputeDialogProps) {
  const { t } = useTranslation();
  const record = useRecordLaborDispute(employerId);
  const [startedAt, setStartedAt] = useState(() => localToday());
  const [positions, setPositions] = useState('');
  const [titles, setTitles] = useState('');
  const [positionCodes, setPositionCodes] = useState('');
  const [description, setDescription] = useState('');
  const [verified, setVerified] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    const problems: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startedAt))
      problems.startedAt = t('employers.laborDisputes.errors.startedAt');
    if (!positions.trim())
      problems.positionsAtIssue = t('employers.laborDisputes.errors.positionsAtIssue');
    setFieldErrors(problems);
    setError(null);
    const first = Object.keys(problems)[0];
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    record.mutate(
      {
        startedAt,
        positionsAtIssue: positions.trim(),
        positionTitles: lines(titles),
        positionCodes: codes(positionCodes),
        description: description.trim() || null,
        verified,
      },
      {
        onSuccess: () =>
          onDone(
            verified
              ? t('employers.laborDisputes.notices.recordedVerified')
              : t('employers.laborDisputes.notices.recorded'),
          ),
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
        },
      },
    );
  };

  return (
    <ConfirmModal
      id="record-labor-dispute"
      title={t('employers.laborDisputes.recordTitle')}
      description={<p>{t('employers.laborDisputes.recordBody')}</p>}
      confirmLabel={t('employers.laborDisputes.recordConfirm')}
      busy={record.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <DateField
        id={fieldId('startedAt')}
        label={t('employers.laborDisputes.startedAt')}
        value={startedAt}
        onChange={setStartedAt}
        error={fieldErrors.startedAt}
      />
      <TextAreaField
        id={fieldId('positionsAtIssue')}
        label={t('employers.laborDisputes.positionsAtIssue')}
        hint={t('employers.laborDisputes.positionsHint')}
        value={positions}
        onChange={setPositions}
        error={fieldErrors.positionsAtIssue}
        maxLength={2000}
        rows={2}
        required
      />
      <TextAreaField
        id={fieldId('positionTitles')}
        label={t('employers.laborDisputes.positionTitles')}
        hint={t('employers.laborDisputes.positionTitlesHint')}
        value={titles}
        onChange={setTitles}
        error={fieldErrors.positionTitles}
        rows={3}
      />
      <TextAreaField
        id={fieldId('positionCodes')}
        label={t('employers.laborDisputes.positionCodes')}
        hint={t('employers.laborDisputes.positionCodesHint')}
        value={positionCodes}
        onChange={setPositionCodes}
        error={fieldErrors.positionCodes}
        rows={2}
      />
      <TextAreaField
        id={fieldId('description')}
        label={t('employers.laborDisputes.description')}
        hint={t('forms.optional')}
        value={description}
        onChange={setDescription}
        error={fieldErrors.description}
        maxLength={2000}
        rows={3}
      />
      <Checkbox
        id={fieldId('verified')}
        name={fieldId('verified')}
        className="margin-top-3"
        label={t('employers.laborDisputes.verifiedNow')}
        checked={verified}
        onChange={(event) => setVerified(event.target.checked)}
      />
    </ConfirmModal>
  );
}
