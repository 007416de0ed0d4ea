import { TABS, type TabKey } from '@onestop/contracts';
import { Checkbox, Fieldset } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';

const GROUPS = ['seekers', 'employers', 'staff'] as const;
type Group = (typeof GROUPS)[number];

function groupOf(tab: TabKey): Group {
  return tab.split('.')[0] as Group;
}

interface WithheldTabsFieldProps {
  id: string;
  values: readonly TabKey[];
  onChange(values: TabKey[]): void;
}

/**
 * SEC-3: the record tabs a role may not see, grouped by record so each box reads "General",
 * "Case", … within its group ("Job seekers", "Employers", "Staff accounts").
 */
export function WithheldTabsField({ id, values, onChange }: WithheldTabsFieldProps) {
  const { t } = useTranslation();
  const toggle = (tab: TabKey, checked: boolean) =>
    onChange(checked ? [...values, tab] : values.filter((v) => v !== tab));
  return (
    <Fieldset
      id={id}
      legend={t('roles.fields.withheldTabs')}
      aria-describedby={`${id}-hint`}
      tabIndex={-1}
    >
      <div className="usa-hint" id={`${id}-hint`}>
        {t('roles.fields.withheldTabsHint')}
      </div>
      <div className="grid-row grid-gap-2">
        {GROUPS.map((group) => (
          <div key={group} className="tablet:grid-col-4">
            <Fieldset legend={t(`tabGroups.${group}`)} className="margin-top-2">
              {TABS.filter((tab) => groupOf(tab) === group).map((tab) => (
                <Checkbox
                  key={tab}
                  id={`${id}-${tab.replace('.', '-')}`}
                  name={id}
                  value={tab}
                  label={t(`tabNames.${tab}`)}
                  checked={values.includes(tab)}
                  onChange={(event) => toggle(tab, event.target.checked)}
                />
              ))}
            </Fieldset>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
