import type { SeekerProfile, UpdateSeekerProfileRequest } from '@onestop/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { fakeProfile, veteranProfile } from './profile-fixtures';
import { ProfileForm } from './ProfileForm';

function renderForm(profile: SeekerProfile, save = vi.fn(async () => profile)) {
  render(<ProfileForm profile={profile} save={save} saving={false} onSaved={() => {}} />);
  return save;
}

const sent = (save: ReturnType<typeof vi.fn>) =>
  save.mock.calls.at(-1)?.[0] as UpdateSeekerProfileRequest;

describe('the profile form (SEEK-6)', () => {
  it('SEEK-6: the service details appear only when the person served; otherwise only "eligible spouse" is asked', async () => {
    const save = renderForm(fakeProfile());
    const veteran = screen.getByRole('group', { name: 'Military service' });
    expect(within(veteran).queryByRole('combobox', { name: 'Branch of service' })).toBeNull();
    expect(
      within(veteran).getByRole('checkbox', {
        name: 'Spouse of a veteran, eligible for priority of service',
      }),
    ).toBeTruthy();

    const served = within(veteran).getByRole('group', { name: 'Served in the U.S. military' });
    await userEvent.click(within(served).getByRole('radio', { name: 'Yes' }));
    await userEvent.selectOptions(
      within(veteran).getByRole('combobox', { name: 'Branch of service' }),
      'navy',
    );
    expect(within(veteran).queryByRole('checkbox', { name: /Spouse of a veteran/ })).toBeNull();
    expect(within(veteran).queryByRole('group', { name: 'Planned separation date' })).toBeNull();
    await userEvent.selectOptions(
      within(veteran).getByRole('combobox', { name: 'Kind of veteran' }),
      'transitioning_service_member',
    );
    expect(within(veteran).getByRole('group', { name: 'Planned separation date' })).toBeTruthy();

    // Changing the answer back hides the details, and they are sent empty.
    await userEvent.click(within(served).getByRole('radio', { name: 'No' }));
    expect(within(veteran).queryByRole('combobox', { name: 'Branch of service' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(sent(save).veteran).toMatchObject({
      servedInMilitary: false,
      veteranType: null,
      branch: null,
      plannedSeparationDate: null,
    });
  });

  it('SEEK-6: the server’s field errors land next to their fields, and the summary takes focus and links to them', async () => {
    const save = vi.fn(async () => {
      throw new ApiError(400, 'VALIDATION_FAILED', 'Check the highlighted fields.', 'req-1', [
        {
          path: 'veteran.serviceEndDate',
          message: 'The end of service cannot be before its start.',
        },
        { path: 'preferences.zipCodes.1', message: 'Use 5-digit ZIP codes, like 40507.' },
        { path: 'contact.email', message: 'Another job seeker already uses this email.' },
      ]);
    });
    const profile = veteranProfile();
    profile.preferences = { ...profile.preferences, zipCodes: ['40507', '40511'] };
    renderForm(profile, save);
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain('Check the highlighted fields.');

    const end = screen.getByRole('group', { name: 'Service end date' });
    expect(end.textContent).toContain('The end of service cannot be before its start.');
    const month = within(end).getByRole('combobox', { name: 'Month' });
    expect(month.getAttribute('aria-invalid')).toBe('true');

    // A ZIP code's error lands on its own row.
    const zip = screen.getByRole('textbox', { name: 'ZIP code 2' });
    expect(zip.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(zip.getAttribute('aria-describedby')!.split(' ').at(-1)!)
        ?.textContent,
    ).toBe('Use 5-digit ZIP codes, like 40507.');
    expect(screen.getByRole('textbox', { name: 'ZIP code 1' }).getAttribute('aria-invalid')).toBe(
      null,
    );
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email.getAttribute('aria-invalid')).toBe('true');

    // jsdom does not scroll; the link's job here is to move focus.
    HTMLElement.prototype.scrollIntoView = () => {};
    await userEvent.click(
      within(summary).getByRole('link', { name: 'The end of service cannot be before its start.' }),
    );
    expect(document.activeElement).toBe(month);
  });

  it('SEEK-6: language rows are added and removed, and the rows left go to the server in order', async () => {
    const save = renderForm(fakeProfile());
    const languages = screen.getByRole('group', { name: 'Languages' });
    const add = within(languages).getByRole('button', { name: 'Add a language' });

    await userEvent.click(add);
    const first = within(languages).getByRole('group', { name: 'Language 1' });
    const firstName = within(first).getByRole('textbox', { name: 'Language' });
    expect(document.activeElement).toBe(firstName);
    await userEvent.type(firstName, 'Spanish');
    await userEvent.selectOptions(
      within(first).getByRole('combobox', { name: 'How well' }),
      'native',
    );

    await userEvent.click(add);
    const second = within(languages).getByRole('group', { name: 'Language 2' });
    await userEvent.type(within(second).getByRole('textbox', { name: 'Language' }), 'French');
    await userEvent.selectOptions(
      within(second).getByRole('combobox', { name: 'How well' }),
      'basic',
    );

    await userEvent.click(within(first).getByRole('button', { name: 'Remove language 1' }));
    expect(document.activeElement).toBe(add);
    expect(within(languages).queryByRole('group', { name: 'Language 2' })).toBeNull();
    expect(within(languages).getByRole('textbox', { name: 'Language' })).toHaveProperty(
      'value',
      'French',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(sent(save).languages).toEqual([{ language: 'French', proficiency: 'basic' }]);
  });

  it('SEEK-6: a date that is not on the calendar is caught before sending, in the reader’s language', async () => {
    const save = renderForm(veteranProfile());
    const start = screen.getByRole('group', { name: 'Service start date' });
    const day = within(start).getByRole('textbox', { name: 'Day' });
    await userEvent.clear(day);
    await userEvent.type(day, '31');
    await userEvent.selectOptions(within(start).getByRole('combobox', { name: 'Month' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(save).not.toHaveBeenCalled();
    expect(start.textContent).toContain('Enter a real date');
  });
});
