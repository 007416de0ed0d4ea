import { Fieldset, FormGroup, Radio } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import {
  CheckboxGroup,
  describedBy,
  SelectField,
  TextField,
  type Option,
} from '../../components/fields';
import { BirthDateField, type DateParts } from '../seekers/SeekerFields';
import {
  fieldId,
  type ProfileErrors,
  type ProfileGroup,
  type ProfileValues,
  type YesNo,
} from './profile-form';

/** One section of the profile: a USWDS fieldset with its legend. */
export function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="usa-fieldset margin-top-5">
      <legend className="usa-legend usa-legend--large">{legend}</legend>
      {children}
    </fieldset>
  );
}

interface YesNoFieldProps {
  id: string;
  legend: string;
  value: YesNo;
  onChange(value: YesNo): void;
  error?: string;
  hint?: ReactNode;
}

const ANSWERS = [
  { value: 'yes', suffix: 'yes', label: 'common.yes' },
  { value: 'no', suffix: 'no', label: 'common.no' },
  { value: '', suffix: 'unanswered', label: 'profile.notAnswered' },
] as const;

/**
 * An optional yes/no question as radio buttons: yes, no, and "not answered", which it starts on
 * when nothing was answered and which takes an answer back.
 */
export function YesNoField({ id, legend, value, onChange, error, hint }: YesNoFieldProps) {
  const { t } = useTranslation();
  return (
    <FormGroup error={Boolean(error)}>
      <Fieldset
        id={id}
        legend={legend}
        legendStyle="default"
        aria-describedby={describedBy(id, hint, error)}
        tabIndex={-1}
      >
        {hint && (
          <div className="usa-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <FieldError id={id} message={error} />
        {ANSWERS.map((answer) => (
          <Radio
            key={answer.suffix}
            id={`${id}-${answer.suffix}`}
            name={id}
            value={answer.suffix}
            label={t(answer.label)}
            checked={value === answer.value}
            onChange={() => onChange(answer.value)}
            tile={false}
          />
        ))}
      </Fieldset>
    </FormGroup>
  );
}

export interface SectionProps<G extends ProfileGroup> {
  prefix: string;
  values: ProfileValues[G];
  errors: ProfileErrors;
  onChange(patch: Partial<ProfileValues[G]>): void;
}

type KeysOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T] & string;

interface TextOptions {
  maxLength: number;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
}

/**
 * Inputs bound to one group of the form. Each control's id and error come from the field's path
 * (`veteran.branch`), the same path the server names in its field errors.
 */
export function fieldsFor<G extends ProfileGroup>(group: G, props: SectionProps<G>) {
  const path = (key: string) => `${group}.${key}`;
  const id = (key: string) => fieldId(props.prefix, path(key));
  const error = (key: string) => props.errors[path(key)];
  const set = (key: string, value: unknown) =>
    props.onChange({ [key]: value } as Partial<ProfileValues[G]>);
  return {
    id,
    error,
    text: (key: KeysOf<ProfileValues[G], string>, label: string, o: TextOptions) => (
      <TextField
        id={id(key)}
        label={label}
        value={props.values[key] as string}
        onChange={(value) => set(key, value)}
        error={error(key)}
        hint={o.hint}
        maxLength={o.maxLength}
        required={o.required}
        autoComplete={o.autoComplete ?? 'off'}
      />
    ),
    select: (
      key: KeysOf<ProfileValues[G], string>,
      label: string,
      options: Option[],
      empty: string,
      hint?: string,
    ) => (
      <SelectField
        id={id(key)}
        label={label}
        value={props.values[key] as string}
        onChange={(value) => set(key, value)}
        options={options}
        emptyOption={empty}
        error={error(key)}
        hint={hint}
      />
    ),
    yesNo: (key: KeysOf<ProfileValues[G], YesNo>, legend: string, hint?: string) => (
      <YesNoField
        id={id(key)}
        legend={legend}
        value={props.values[key] as YesNo}
        onChange={(value) => set(key, value)}
        error={error(key)}
        hint={hint}
      />
    ),
    checkboxes: (
      key: KeysOf<ProfileValues[G], string[]>,
      legend: string,
      options: Option[],
      hint?: string,
    ) => (
      <CheckboxGroup
        id={id(key)}
        legend={legend}
        options={options}
        values={props.values[key] as string[]}
        onChange={(values) => set(key, values)}
        error={error(key)}
        hint={hint}
      />
    ),
    date: (key: KeysOf<ProfileValues[G], DateParts>, legend: string) => (
      <BirthDateField
        id={id(key)}
        legend={legend}
        value={props.values[key] as DateParts}
        onChange={(value) => set(key, value)}
        error={error(key)}
      />
    ),
  };
}
