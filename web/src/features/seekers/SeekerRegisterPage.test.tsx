import type { StaffRegistrationRequest } from '@onestop/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { caseManagerSession, fakeSeeker, summaryOf } from './seeker-fixtures';

const existing = summaryOf(
  fakeSeeker({
    id: '40000000-0000-4000-8000-000000000009',
    recordNumber: 100009,
    firstName: 'Delores',
    lastName: 'Hayes',
  }),
);

async function fillIdentity({ ssn }: { ssn?: string } = {}) {
  await userEvent.type(await screen.findByRole('textbox', { name: 'First name' }), 'Dolores');
  await userEvent.type(screen.getByRole('textbox', { name: 'Last name' }), 'Haze');
  const birth = screen.getByRole('group', { name: 'Date of birth' });
  await userEvent.selectOptions(within(birth).getByRole('combobox', { name: 'Month' }), '5');
  await userEvent.type(within(birth).getByRole('textbox', { name: 'Day' }), '25');
  await userEvent.type(within(birth).getByRole('textbox', { name: 'Year' }), '1977');
  if (ssn)
    await userEvent.type(screen.getByRole('textbox', { name: 'Social Security number' }), ssn);
}

describe('registering a job seeker', () => {
  it('SEEK-3, SEEK-5: likely duplicates are shown; after confirming, the record is created with confirmedNotDuplicate true', async () => {
    const created = fakeSeeker({
      ssnMasked: '***-**-0577',
      ssnIsPseudo: true,
      pseudoSsn: '975-25-0577',
      email: 'no-email-40000000@placeholder.invalid',
      emailIsPlaceholder: true,
    });
    const api = mockApi({
      'POST /api/v1/seekers/duplicate-check': () => ({
        body: { sameSsn: null, likely: [{ ...existing, similarity: 0.52 }] },
      }),
      'POST /api/v1/seekers': () => ({ status: 201, body: created }),
      [`GET /api/v1/seekers/${created.id}`]: () => ({ body: created }),
    });
    renderApp({ path: '/seekers/new', session: caseManagerSession() });
    await fillIdentity();
    const submit = screen.getByRole('button', { name: 'Register job seeker' });
    await userEvent.click(submit);

    const heading = await screen.findByRole('heading', {
      name: '1 existing record looks like this person',
    });
    expect(document.activeElement).toBe(heading);
    const table = screen.getByRole('table', {
      name: 'Existing records with a similar name and the same date of birth',
    });
    const link = within(table).getByRole('link', { name: /Delores Hayes/ });
    expect(link.getAttribute('href')).toBe(`/seekers/${existing.id}`);
    expect(link.getAttribute('target')).toBe('_blank');
    const creates = () => api.requests.filter((r) => r.path === '/api/v1/seekers');
    expect(creates()).toEqual([]);

    // Submitting again without confirming is refused, and says why.
    await userEvent.click(submit);
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: /Check the existing records first/ }),
    ).toBeTruthy();
    expect(creates()).toEqual([]);

    await userEvent.click(
      screen.getByRole('checkbox', {
        name: 'I checked these records: this is a different person',
      }),
    );
    await userEvent.click(submit);
    await screen.findByRole('heading', { level: 1, name: 'Dolores Haze (S-100123)' });
    expect(creates()).toHaveLength(1);
    const body = creates()[0]?.body as StaffRegistrationRequest;
    expect(body).toEqual({
      firstName: 'Dolores',
      lastName: 'Haze',
      birthDate: '1977-05-25',
      confirmedNotDuplicate: true,
    });
    expect(
      screen.getByText(
        'The job seeker was registered as record S-100123. Pseudo-SSN assigned: 975-25-0577',
      ),
    ).toBeTruthy();
  });

  it('SEEK-3: a record with the same SSN stops the registration and links to it', async () => {
    const api = mockApi({
      'POST /api/v1/seekers/duplicate-check': () => ({
        body: { sameSsn: existing, likely: [] },
      }),
    });
    renderApp({ path: '/seekers/new', session: caseManagerSession() });
    await fillIdentity({ ssn: '212-45-6789' });
    await userEvent.click(screen.getByRole('button', { name: 'Register job seeker' }));

    await screen.findByRole('heading', { name: 'This SSN is already registered' });
    expect(
      screen.getByRole('link', { name: 'Delores Hayes, record S-100009' }).getAttribute('href'),
    ).toBe(`/seekers/${existing.id}`);
    expect(api.requests.find((r) => r.path === '/api/v1/seekers/duplicate-check')?.body).toEqual({
      firstName: 'Dolores',
      lastName: 'Haze',
      birthDate: '1977-05-25',
      ssn: '212-45-6789',
    });
    expect(api.requests.filter((r) => r.path === '/api/v1/seekers')).toEqual([]);
  });

  it('SEEK-1: required fields and a date that does not exist are reported before any request', async () => {
    const api = mockApi({});
    renderApp({ path: '/seekers/new', session: caseManagerSession() });
    const birth = await screen.findByRole('group', { name: 'Date of birth' });
    await userEvent.selectOptions(within(birth).getByRole('combobox', { name: 'Month' }), '2');
    await userEvent.type(within(birth).getByRole('textbox', { name: 'Day' }), '30');
    await userEvent.type(within(birth).getByRole('textbox', { name: 'Year' }), '1980');
    await userEvent.click(screen.getByRole('button', { name: 'Register job seeker' }));

    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '#seeker-new-firstName',
      '#seeker-new-lastName',
      '#seeker-new-birthDate-month',
    ]);
    expect(document.getElementById('seeker-new-birthDate-month')?.tagName).toBe('SELECT');
    expect(api.requests).toEqual([]);
  });
});
