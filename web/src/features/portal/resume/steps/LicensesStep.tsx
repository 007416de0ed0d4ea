import { useTranslation } from 'react-i18next';
import { TextField } from '../../../../components/fields';
import { RepeatingEntries } from '../RepeatingEntries';
import { fieldId } from '../resume-checks';
import { emptyLicense, type LicenseForm } from '../resume-form';
import { patchAt, type StepProps } from './step-props';

const MAX_LICENSES = 30;

/** Step 4: licenses and certificates (a CDL, a CNA, a forklift card). */
export function LicensesStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  const optional = t('forms.optional');
  const setLicenses = (licenses: LicenseForm[]) => update((current) => ({ ...current, licenses }));
  const patch = (index: number, change: Partial<LicenseForm>) =>
    update((current) => ({ ...current, licenses: patchAt(current.licenses, index, change) }));
  const legend = (entry: LicenseForm, index: number) =>
    entry.name.trim()
      ? t('portal.resume.licenses.legendNamed', { number: index + 1, name: entry.name.trim() })
      : t('portal.resume.licenses.legend', { number: index + 1 });

  return (
    <>
      <p>{t('portal.resume.licenses.intro')}</p>
      <RepeatingEntries
        path="licenses"
        firstField="name"
        items={form.licenses}
        max={MAX_LICENSES}
        legend={legend}
        onChange={setLicenses}
        create={emptyLicense}
        labels={{
          add: t('portal.resume.licenses.add'),
          remove: t('portal.resume.licenses.remove'),
          removed: t('portal.resume.licenses.removed'),
          empty: t('portal.resume.licenses.empty'),
          max: t('portal.resume.licenses.max', { max: MAX_LICENSES }),
        }}
      >
        {(entry, index) => {
          const at = (field: string) => `licenses.${index}.${field}`;
          return (
            <>
              <TextField
                id={fieldId(at('name'))}
                label={t('portal.resume.licenses.name')}
                value={entry.name}
                onChange={(name) => patch(index, { name })}
                error={errors[at('name')]}
                maxLength={120}
              />
              <TextField
                id={fieldId(at('issuer'))}
                label={t('portal.resume.licenses.issuer')}
                value={entry.issuer}
                onChange={(issuer) => patch(index, { issuer })}
                error={errors[at('issuer')]}
                hint={optional}
                maxLength={120}
              />
              <TextField
                id={fieldId(at('expires'))}
                label={t('portal.resume.licenses.expires')}
                value={entry.expires}
                onChange={(expires) => patch(index, { expires })}
                error={errors[at('expires')]}
                hint={`${optional} ${t('portal.resume.monthHint')}`}
                maxLength={7}
              />
            </>
          );
        }}
      </RepeatingEntries>
    </>
  );
}
