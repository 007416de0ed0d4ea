import type { EmployerSummary } from '@onestop/contracts';
import { Button, Fieldset, Radio } from '@trussworks/react-uswds';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields';
import { QueryError } from '../../components/QueryError';
import { employerName, formatRecordNumber } from '../employers/employer-format';
import { useEmployerLookup } from './postings-api';

export const EMPLOYER_FIELD_ID = 'posting-form-employerId';

export interface ChosenEmployer {
  id: string;
  name: string;
  recordNumber: number;
}

interface EmployerChooserProps {
  chosen: ChosenEmployer | null;
  onChoose(employer: ChosenEmployer | null): void;
  error?: string;
}

/**
 * JOB-1: the employer the order is for, found by name among the records staff may see (an
 * out-of-area employer too). Inside the order form, so the search is a button, not a form.
 */
export function EmployerChooser({ chosen, onChoose, error }: EmployerChooserProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  const found = useEmployerLookup(name);

  if (chosen) {
    return (
      <div className="margin-top-2">
        <p className="margin-bottom-1">
          <span className="text-bold">{t('postings.fields.employer')}: </span>
          {t('postings.form.chosenEmployer', {
            name: chosen.name,
            record: formatRecordNumber(chosen.recordNumber),
          })}
        </p>
        <Button type="button" unstyled onClick={() => onChoose(null)}>
          {t('postings.form.changeEmployer')}
        </Button>
      </div>
    );
  }

  const search = () => setName(typed.trim());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Enter searches here rather than sending the whole order.
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      search();
    }
  };
  const items: EmployerSummary[] = found.data?.items ?? [];
  return (
    <div onKeyDown={onKeyDown}>
      <TextField
        id={EMPLOYER_FIELD_ID}
        label={t('postings.form.employerSearch')}
        hint={t('postings.form.employerSearchHint')}
        value={typed}
        onChange={setTyped}
        error={error}
        autoComplete="off"
        maxLength={160}
        required
      />
      <Button type="button" outline className="margin-top-1" onClick={search}>
        {t('postings.form.findEmployer')}
      </Button>
      {found.isError && <QueryError error={found.error} />}
      {name && found.data && (
        <div className="margin-top-2">
          {items.length === 0 ? (
            <p role="status">{t('postings.form.noEmployer')}</p>
          ) : (
            <Fieldset legend={t('postings.form.chooseEmployer')}>
              {items.map((employer) => (
                <Radio
                  key={employer.id}
                  id={`posting-employer-${employer.id}`}
                  name="posting-employer"
                  value={employer.id}
                  label={`${employerName(employer)} (${formatRecordNumber(employer.recordNumber)})`}
                  labelDescription={[employer.city, employer.state].filter(Boolean).join(', ')}
                  checked={false}
                  onChange={() =>
                    onChoose({
                      id: employer.id,
                      name: employer.legalName,
                      recordNumber: employer.recordNumber,
                    })
                  }
                />
              ))}
            </Fieldset>
          )}
        </div>
      )}
    </div>
  );
}
