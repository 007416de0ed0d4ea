import { Fieldset, Radio } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';

interface SearchableChoiceProps {
  id: string;
  value: boolean;
  onChange(searchable: boolean): void;
  /** "h2"-style legend on pages where this is a main choice; normal text elsewhere. */
  large?: boolean;
}

/** SEEK-9: the seeker decides whether employers may find the resume, or it stays confidential. */
export function SearchableChoice({ id, value, onChange, large }: SearchableChoiceProps) {
  const { t } = useTranslation();
  return (
    <Fieldset
      legend={t('portal.resume.searchable.legend')}
      legendStyle={large ? 'large' : 'default'}
      className="margin-top-3"
    >
      <p className="usa-hint margin-top-05">{t('portal.resume.searchable.hint')}</p>
      <Radio
        id={`${id}-searchable`}
        name={id}
        value="searchable"
        tile
        label={t('portal.resume.searchable.yes')}
        labelDescription={t('portal.resume.searchable.yesDescription')}
        checked={value}
        onChange={() => onChange(true)}
      />
      <Radio
        id={`${id}-confidential`}
        name={id}
        value="confidential"
        tile
        label={t('portal.resume.searchable.no')}
        labelDescription={t('portal.resume.searchable.noDescription')}
        checked={!value}
        onChange={() => onChange(false)}
      />
    </Fieldset>
  );
}
