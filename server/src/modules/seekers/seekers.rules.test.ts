import { describe, expect, it } from 'vitest';
import { placeholderEmail, whyNoServices } from './seekers.rules';

describe('seeker rules', () => {
  it('SEEK-1: no service or referral before registration is complete', () => {
    expect(whyNoServices({ registrationCompletedAt: null, registrationStatus: 'active' })).toMatch(
      /not completed registration/,
    );
    expect(
      whyNoServices({ registrationCompletedAt: new Date(), registrationStatus: 'active' }),
    ).toBeNull();
  });

  it('SEEK-2: no service while the registration is inactive', () => {
    expect(
      whyNoServices({ registrationCompletedAt: new Date(), registrationStatus: 'inactive' }),
    ).toMatch(/inactive/);
  });

  it('SEEK-4: placeholder emails use a domain that can never receive mail', () => {
    expect(placeholderEmail('0f8c2a7e-1111-4222-8333-444455556666')).toBe(
      'no-email-0f8c2a7e@placeholder.invalid',
    );
  });
});
