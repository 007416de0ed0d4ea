import {
  CITIZENSHIPS,
  DISABILITY_ANSWERS,
  DISCHARGE_TYPES,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  ENDORSEMENTS,
  ETHNICITIES,
  GENDERS,
  LANGUAGE_PROFICIENCIES,
  LICENSE_CLASSES,
  MILITARY_BRANCHES,
  PAY_UNITS,
  PHONE_TYPES,
  RACES,
  SCHOOL_STATUSES,
  SERVICE_DISABILITIES,
  TRANSITIONING_TYPES,
  VETERAN_TYPES,
  WORK_DURATIONS,
  WORK_SHIFTS,
  WORK_WEEKS,
} from '@onestop/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../components/fields';

/** Every list the profile offers, built from the contract's codes, in the reader's language. */
export function useProfileOptions() {
  const { t } = useTranslation();
  return useMemo(() => {
    const o = 'profile.options';
    return {
      phoneType: PHONE_TYPES.map((v) => ({ value: v, label: t(`${o}.phoneType.${v}`) })),
      gender: GENDERS.map((v) => ({ value: v, label: t(`${o}.gender.${v}`) })),
      ethnicity: ETHNICITIES.map((v) => ({ value: v, label: t(`${o}.ethnicity.${v}`) })),
      race: RACES.map((v) => ({ value: v, label: t(`${o}.race.${v}`) })),
      citizenship: CITIZENSHIPS.map((v) => ({ value: v, label: t(`${o}.citizenship.${v}`) })),
      disability: DISABILITY_ANSWERS.map((v) => ({ value: v, label: t(`${o}.disability.${v}`) })),
      veteranType: VETERAN_TYPES.map((v) => ({ value: v, label: t(`${o}.veteranType.${v}`) })),
      transitioningType: TRANSITIONING_TYPES.map((v) => ({
        value: v,
        label: t(`${o}.transitioningType.${v}`),
      })),
      serviceDisability: SERVICE_DISABILITIES.map((v) => ({
        value: v,
        label: t(`${o}.serviceDisability.${v}`),
      })),
      discharge: DISCHARGE_TYPES.map((v) => ({ value: v, label: t(`${o}.discharge.${v}`) })),
      branch: MILITARY_BRANCHES.map((v) => ({ value: v, label: t(`${o}.branch.${v}`) })),
      employmentStatus: EMPLOYMENT_STATUSES.map((v) => ({
        value: v,
        label: t(`${o}.employmentStatus.${v}`),
      })),
      schoolStatus: SCHOOL_STATUSES.map((v) => ({ value: v, label: t(`${o}.schoolStatus.${v}`) })),
      education: EDUCATION_LEVELS.map((v) => ({ value: v, label: t(`${o}.education.${v}`) })),
      licenseClass: LICENSE_CLASSES.map((v) => ({ value: v, label: t(`${o}.licenseClass.${v}`) })),
      endorsement: ENDORSEMENTS.map((v) => ({ value: v, label: t(`${o}.endorsement.${v}`) })),
      proficiency: LANGUAGE_PROFICIENCIES.map((v) => ({
        value: v,
        label: t(`${o}.proficiency.${v}`),
      })),
      workWeek: WORK_WEEKS.map((v) => ({ value: v, label: t(`${o}.workWeek.${v}`) })),
      duration: WORK_DURATIONS.map((v) => ({ value: v, label: t(`${o}.duration.${v}`) })),
      shift: WORK_SHIFTS.map((v) => ({ value: v, label: t(`${o}.shift.${v}`) })),
      payUnit: PAY_UNITS.map((v) => ({ value: v, label: t(`${o}.payUnit.${v}`) })),
    } satisfies Record<string, Option[]>;
  }, [t]);
}

export type ProfileOptions = ReturnType<typeof useProfileOptions>;

/** The label of a stored code, or null when there is none. */
export function labelOf(options: Option[], value: string | null): string | null {
  if (value === null) return null;
  return options.find((option) => option.value === value)?.label ?? value;
}
