import type { SeekerProfile } from '@onestop/contracts';
import { SEEKER_ID } from '../seekers/seeker-fixtures';

/** A profile as the server answers it, before anything was saved; override what a test is about. */
export function fakeProfile(overrides: Partial<SeekerProfile> = {}): SeekerProfile {
  return {
    seekerId: SEEKER_ID,
    contact: {
      firstName: 'Dolores',
      middleInitial: null,
      lastName: 'Haze',
      email: 'dolores@example.com',
      primaryPhone: '859-555-0123',
      primaryPhoneType: null,
      alternatePhone: null,
      alternatePhoneType: null,
      address1: '1 Main St',
      address2: null,
      city: 'Lexington',
      state: 'KY',
      zip: '40507',
      county: 'Fayette',
      mailingAddress: null,
    },
    demographics: {
      birthDate: '1977-05-25',
      gender: null,
      ethnicity: null,
      races: [],
      citizenship: null,
      alienRegistrationNumber: null,
      alienRegistrationOnFile: false,
      alienRegistrationExpires: null,
      disability: null,
    },
    veteran: {
      servedInMilitary: null,
      veteranType: null,
      serviceStartDate: null,
      serviceEndDate: null,
      plannedSeparationDate: null,
      transitioningType: null,
      campaignVeteran: null,
      serviceConnectedDisability: null,
      dischargeType: null,
      branch: null,
      rank: null,
    },
    employment: { employmentStatus: null, schoolStatus: null, highestEducation: null },
    driversLicense: { hasLicense: null, state: null, licenseClass: null, endorsements: [] },
    languages: [],
    preferences: {
      desiredWage: null,
      payUnit: null,
      workWeek: null,
      duration: null,
      overtime: null,
      shifts: [],
      zipCodes: [],
      radiusMiles: null,
      states: [],
      willingToRelocate: null,
    },
    coveredForPriorityOfService: false,
    hasAccount: false,
    fromResume: { education: [], licenses: [], skills: [] },
    updatedAt: null,
    ...overrides,
  };
}

export const veteranProfile = () =>
  fakeProfile({
    veteran: {
      servedInMilitary: true,
      veteranType: 'veteran',
      serviceStartDate: '2004-06-01',
      serviceEndDate: '2012-05-31',
      plannedSeparationDate: null,
      transitioningType: null,
      campaignVeteran: true,
      serviceConnectedDisability: 'under_30',
      dischargeType: 'honorable',
      branch: 'army',
      rank: 'E-5',
    },
    coveredForPriorityOfService: true,
  });
