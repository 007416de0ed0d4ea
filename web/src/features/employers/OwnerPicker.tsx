import type { Colleague, ColleagueList } from '@onestop/contracts';
import { Button, Fieldset, Radio } from '@trussworks/react-uswds';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { TextField } from '../../components/fields';
import { QueryError } from '../../components/QueryError';

interface OwnerPickerProps {
  /** The current owners, who are not offered again. */
  exclude: string[];
  busy: boolean;
  onPick(person: Colleague): void;
}

/** EMP-7, JOB-2: finds an active colleague in reach by name or email, to make them an owner. */
export function OwnerPicker({ exclude, busy, onPick }: OwnerPickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | undefined>();
  const found = useQuery({
    queryKey: ['staff', 'owner-picker', q],
    queryFn: ({ signal }) => api.get<ColleagueList>('/api/v1/colleagues', { signal, query: { q } }),
    enabled: q !== '',
  });
  const people = (found.data?.items ?? []).filter((person) => !exclude.includes(person.id));

  const search = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setChosen('');
    setError(typed.trim() ? undefined : t('employers.owners.pickerEmpty'));
    setQ(typed.trim());
  };

  return (
    <div className="margin-top-3">
      <form
        role="search"
        aria-label={t('employers.owners.pickerLabel')}
        onSubmit={search}
        noValidate
      >
        <TextField
          id="employer-owner-search"
          label={t('employers.owners.pickerLabel')}
          hint={t('employers.owners.pickerHint')}
          value={typed}
          onChange={setTyped}
          error={error}
          autoComplete="off"
          maxLength={100}
        />
        <Button type="submit" outline className="margin-top-1">
          {t('employers.owners.pickerSearch')}
        </Button>
      </form>
      {found.isError && <QueryError error={found.error} />}
      {q && found.data && (
        <div className="margin-top-2">
          {people.length === 0 ? (
            <p role="status">{t('employers.owners.pickerNone')}</p>
          ) : (
            <Fieldset legend={t('employers.owners.pickerChoose')}>
              {people.map((person) => (
                <Radio
                  key={person.id}
                  id={`employer-owner-${person.id}`}
                  name="employer-owner"
                  value={person.id}
                  label={`${person.displayName} (${person.email})`}
                  labelDescription={person.roleName}
                  checked={chosen === person.id}
                  onChange={() => setChosen(person.id)}
                />
              ))}
              <Button
                type="button"
                className="margin-top-2"
                disabled={busy || !chosen}
                onClick={() => {
                  const person = people.find((p) => p.id === chosen);
                  if (!person) return;
                  onPick(person);
                  setQ('');
                  setTyped('');
                  setChosen('');
                }}
              >
                {t('employers.owners.pickerAdd')}
              </Button>
            </Fieldset>
          )}
        </div>
      )}
    </div>
  );
}
