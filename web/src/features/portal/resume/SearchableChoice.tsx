import { Fieldset, Radio } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useResumeWording } from './resume-wording';

interface SearchableChoiceProps {
  id: string;
  value: boolean;
  onChange(searchable: boolean): void;
  /** "h2"-style legend on pages where this is a main choice; normal text elsewhere. */
  large?: boolean;
}

/**
 * SEEK-9: the seeker decides whether employers may find the resume, or it stays confidential
 * (staff record the seeker's choice).
 */
export function SearchableChoice({ id, value, onChange, large }: SearchableChoiceProps) {
  const { t } = useTranslation();
  const words = useResumeWording().searchable;
  return (
    <Fieldset
      legend={words.legend}
      legendStyle={large ? 'large' : 'default'}
      className="margin-top-3"
    >
      <p className="usa-hint margin-top-05">{t('portal.resume.searchable.hint')}</p>
      <Radio
        id={`${id}-searchable`}
        name={id}
        value="searchable"
        tile
        label={words.yes}
        labelDescription={words.yesDescription}
        checked={value}
        onChange={() => onChange(true)}
      />
      <Radio
        id={`${id}-confidential`}
        name={id}
        value="confidential"
        tile
        label={words.no}
        labelDescription={words.noDescription}
        checked={!value}
        onChange={() => onChange(false)}
      />
    </Fieldset>
  );
}
