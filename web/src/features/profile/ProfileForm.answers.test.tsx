import type { SeekerProfile, UpdateSeekerProfileRequest } from '@onestop/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeProfile, veteranProfile } from './profile-fixtures';
import { ProfileForm } from './ProfileForm';

function renderForm(profile: SeekerProfile) {
  const save = vi.fn(async (_request: UpdateSeekerProfileRequest) => profile);
  render(<ProfileForm profile={profile} save={save} saving={false} onSaved={() => {}} />);
  return save;
}

const saveButton = () => screen.getByRole('button', { name: 'Save profile' });
const sent = (save: ReturnType<typeof renderForm>) =>
  save.mock.calls.at(-1)?.[0] as UpdateSeekerProfileRequest;

/** A permanent resident whose A-number staff read masked. */
function residentProfile(alienRegistrationNumber = 'A*****6789') {
  const profile = fakeProfile();
  profile.demographics = {
    ...profile.demographics,
    citizenship: 'permanent_resident',
    alienRegistrationNumber,
    alienRegistrationOnFile: true,
    alienRegistrationExpires: '2031-04-30',
  };
  return profile;
}

describe('profile answers (SEEK-6)', () => {
  it('SEEK-6: a yes/no answer can be taken back to "not answered", which is sent as null', async () => {
    const profile = veteranProfile();
    profile.preferences = { ...profile.preferences, overtime: true, willingToRelocate: false };
    const save = renderForm(profile);
    const overtime = screen.getByRole('group', { name: 'Willing to work overtime' });
    expect(within(overtime).getByRole('radio', { name: 'Yes' })).toHaveProperty('checked', true);
    await userEvent.click(within(overtime).getByRole('radio', { name: 'Not answered' }));
    const relocate = screen.getByRole('group', { name: 'Willing to relocate' });
    await userEvent.click(within(relocate).getByRole('radio', { name: 'Not answered' }));
    await userEvent.click(saveButton());
    expect(sent(save).preferences).toMatchObject({ overtime: null, willingToRelocate: null });
    expect(sent(save).veteran.campaignVeteran).toBe(true);
  });

  it('SEEK-6: ZIP codes are a list of inputs, each checked for 5 digits on its own row; states are checkboxes', async () => {
    const save = renderForm(fakeProfile());
    const zips = screen.getByRole('group', { name: 'ZIP codes to work near' });
    const add = within(zips).getByRole('button', { name: 'Add a ZIP code' });
    await userEvent.click(add);
    expect(document.activeElement).toBe(within(zips).getByRole('textbox', { name: 'ZIP code 1' }));
    await userEvent.keyboard('40507');
    await userEvent.click(add);
    await userEvent.keyboard('4050');
    await userEvent.click(add);
    await userEvent.keyboard('40511');

    const states = screen.getByRole('group', { name: 'States to work in' });
    await userEvent.click(within(states).getByRole('checkbox', { name: 'Kentucky' }));
    await userEvent.click(within(states).getByRole('checkbox', { name: 'Puerto Rico' }));

    await userEvent.click(saveButton());
    expect(save).not.toHaveBeenCalled();
    const bad = within(zips).getByRole('textbox', { name: 'ZIP code 2' });
    expect(bad.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(zips).getByText('Enter 5 digits, like 40507, or remove this ZIP code.'),
    ).toBeTruthy();

    await userEvent.click(within(zips).getByRole('button', { name: 'Remove ZIP code 2' }));
    expect(document.activeElement).toBe(add);
    await userEvent.click(saveButton());
    expect(sent(save).preferences).toMatchObject({
      zipCodes: ['40507', '40511'],
      states: ['KY', 'PR'],
    });
  });

  it('SEEK-6: staff who leave the masked A-number as it is send nothing for it, so it is kept', async () => {
    const save = renderForm(residentProfile());
    const number = screen.getByRole('textbox', { name: 'Alien registration number (A-number)' });
    expect(number).toHaveProperty('value', 'A*****6789');
    expect(screen.getByText(/Only the last four digits are shown/)).toBeTruthy();
    await userEvent.click(saveButton());
    expect(sent(save).demographics).not.toHaveProperty('alienRegistrationNumber');
    expect(sent(save).demographics.alienRegistrationExpires).toBe('2031-04-30');
  });

  it('SEEK-6: staff replace the A-number by typing a whole one, or remove it by emptying the field; an edited mask is caught', async () => {
    const save = renderForm(residentProfile());
    const number = screen.getByRole('textbox', { name: 'Alien registration number (A-number)' });
    await userEvent.type(number, '0');
    await userEvent.click(saveButton());
    expect(save).not.toHaveBeenCalled();
    expect(number.getAttribute('aria-invalid')).toBe('true');

    await userEvent.clear(number);
    await userEvent.type(number, 'A987654321');
    await userEvent.click(saveButton());
    expect(sent(save).demographics.alienRegistrationNumber).toBe('A987654321');

    await userEvent.clear(number);
    await userEvent.click(saveButton());
    expect(sent(save).demographics.alienRegistrationNumber).toBeNull();
  });

  it('SEEK-6: the job seeker sees their own A-number in full; a citizen’s is sent as removed', async () => {
    const save = renderForm(residentProfile('A123456789'));
    expect(
      screen.getByRole('textbox', { name: 'Alien registration number (A-number)' }),
    ).toHaveProperty('value', 'A123456789');
    expect(screen.queryByText(/Only the last four digits are shown/)).toBeNull();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Citizenship' }),
      'us_citizen',
    );
    await userEvent.click(saveButton());
    expect(sent(save).demographics).toMatchObject({
      alienRegistrationNumber: null,
      alienRegistrationExpires: null,
    });
  });
});
