import type { CreateEmployerRequest } from '@onestop/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession, fakeEmployer, OTHER_ID, summaryOf } from './employer-fixtures';

const created = fakeEmployer({ recentActivities: [], recentNotes: [] });
const existing = summaryOf(
  fakeEmployer({ id: OTHER_ID, recordNumber: 100009, legalName: 'Blue Grass Bakery' }),
);
const holder = {
  id: OTHER_ID,
  recordNumber: 100009,
  legalName: 'Blue Grass Bakery',
  status: 'active' as const,
  officeName: 'London Career Center',
};

async function fill({ fein = '61-1234567', zip = '40507' } = {}) {
  await userEvent.type(
    await screen.findByRole('textbox', { name: 'Legal name' }),
    'Bluegrass Bakery LLC',
  );
  if (fein) await userEvent.type(screen.getByRole('textbox', { name: 'FEIN' }), fein);
  if (zip) await userEvent.type(screen.getByRole('textbox', { name: 'ZIP code' }), zip);
}

const creates = (api: ReturnType<typeof mockApi>) =>
  api.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/employers');

describe('adding an employer', () => {
  it('EMP-1: the legal name and the FEIN are required, and a FEIN is 9 digits, before any request', async () => {
    const api = mockApi({});
    renderApp({ path: '/employers/new', session: bsrSession() });
    await userEvent.type(await screen.findByRole('textbox', { name: 'FEIN' }), '61-12345');
    await userEvent.click(screen.getByRole('button', { name: 'Add employer' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.getAttribute('href')),
    ).toEqual(['#employer-form-legalName', '#employer-form-fein']);
    const fein = screen.getByRole('textbox', { name: 'FEIN' });
    expect(fein.getAttribute('aria-invalid')).toBe('true');
    expect(fein.getAttribute('aria-describedby')).toContain('employer-form-fein-error');
    expect(api.requests).toEqual([]);
  });

  it('EMP-1: an independent contractor has no FEIN; ticking the box asks for its statement instead', async () => {
    const api = mockApi({
      'POST /api/v1/employers/duplicate-check': () => ({ body: { sameFein: null, likely: [] } }),
      'POST /api/v1/employers': () => ({ status: 201, body: created }),
      [`GET /api/v1/employers/${created.id}`]: () => ({ body: created }),
    });
    renderApp({ path: '/employers/new', session: bsrSession() });
    await fill({ fein: '' });
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: /This employer is an independent contractor and stated it has no FEIN/,
      }),
    );
    expect(screen.queryByRole('textbox', { name: 'FEIN' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add employer' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').getAttribute('href')).toBe(
      '#employer-form-noFeinNote',
    );

    await userEvent.type(
      screen.getByRole('textbox', { name: 'The employer’s statement that it has no FEIN' }),
      'Owner said on the phone on March 2 that she files as a sole proprietor.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add employer' }));
    await screen.findByRole('heading', { level: 1, name: 'Bluegrass Bakery LLC (E-100200)' });
    expect(creates(api)[0]?.body).toEqual({
      legalName: 'Bluegrass Bakery LLC',
      independentContractor: true,
      noFeinNote: 'Owner said on the phone on March 2 that she files as a sole proprietor.',
      zip: '40507',
      confirmedNotDuplicate: false,
    });
    expect(screen.getByText('The employer was added as record E-100200.')).toBeTruthy();
  });

  it('EMP-1: the server’s word on a FEIN prefix is shown on the FEIN field', async () => {
    const message =
      'A FEIN cannot start with 07: the IRS does not assign that prefix. Check the number on the employer’s IRS letter or tax forms.';
    mockApi({
      'POST /api/v1/employers/duplicate-check': () => ({ body: { sameFein: null, likely: [] } }),
      'POST /api/v1/employers': () =>
        apiError(400, 'VALIDATION_FAILED', message, [{ path: 'fein', message }]),
    });
    renderApp({ path: '/employers/new', session: bsrSession() });
    await fill({ fein: '07-1234567' });
    await userEvent.click(screen.getByRole('button', { name: 'Add employer' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe(
      '#employer-form-fein',
    );
    expect(document.activeElement).toBe(summary);
    const fein = screen.getByRole('textbox', { name: 'FEIN' });
    expect(fein.getAttribute('aria-invalid')).toBe('true');
  });

  it('EMP-2: a record with the same FEIN stops the creation and links to it', async () => {
    const api = mockApi({
      'POST /api/v1/employers/duplicate-check': () => ({ body: { sameFein: holder, likely: [] } }),
    });
    renderApp({ path: '/employers/new', session: bsrSession() });
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Add employer' }));
    const heading = await screen.findByRole('heading', { name: 'This FEIN is already registered' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/served by London Career Center/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Blue Grass Bakery, record E-100009' }).getAttribute('href'),
    ).toBe(`/employers/${OTHER_ID}`);
    expect(api.requests.find((r) => r.path.endsWith('/duplicate-check'))?.body).toEqual({
      legalName: 'Bluegrass Bakery LLC',
      fein: '61-1234567',
      zip: '40507',
    });
    expect(creates(api)).toEqual([]);
  });

  it('EMP-2: a 409 "same FEIN" answer to the creation is shown with a link to the existing record', async () => {
    let checks = 0;
    mockApi({
      'POST /api/v1/employers/duplicate-check': () => {
        checks += 1;
        // The other record was saved between the check and the creation.
        return { body: { sameFein: checks > 1 ? holder : null, likely: [] } };
      },
      'POST /api/v1/employers': () =>
        apiError(
          409,
          'CONFLICT',
          'An employer with FEIN 61-1234567 is already registered: E-100009.',
          [{ path: 'fein', message: 'This FEIN belongs to an existing employer record.' }],
        ),
    });
    renderApp({ path: '/employers/new', session: bsrSession() });
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Add employer' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('is already registered: E-100009');
    expect(
      await screen.findByRole('link', { name: 'Blue Grass Bakery, record E-100009' }),
    ).toBeTruthy();
  });

  it('EMP-2: likely duplicates are shown; after confirming, the record is created with confirmedNotDuplicate true', async () => {
    const api = mockApi({
      'POST /api/v1/employers/duplicate-check': () => ({
        body: {
          sameFein: null,
          likely: [{ ...existing, similarity: 0.8, sameZip: true, samePhone: false }],
        },
      }),
      'POST /api/v1/employers': () => ({ status: 201, body: created }),
      [`GET /api/v1/employers/${created.id}`]: () => ({ body: created }),
    });
    renderApp({ path: '/employers/new', session: bsrSession() });
    await fill();
    const submit = screen.getByRole('button', { name: 'Add employer' });
    await userEvent.click(submit);
    const heading = await screen.findByRole('heading', {
      name: '1 existing record looks like this employer',
    });
    expect(document.activeElement).toBe(heading);
    const table = screen.getByRole('table', {
      name: 'Existing records with a similar name and the same ZIP code or phone',
    });
    expect(
      within(table)
        .getByRole('link', { name: /Blue Grass Bakery/ })
        .getAttribute('target'),
    ).toBe('_blank');
    await userEvent.click(submit);
    await screen.findByRole('link', { name: /Check the existing records first/ });
    expect(creates(api)).toEqual([]);

    await userEvent.click(
      screen.getByRole('checkbox', {
        name: 'I checked these records: this is a different employer',
      }),
    );
    await userEvent.click(submit);
    await screen.findByRole('heading', { level: 1, name: 'Bluegrass Bakery LLC (E-100200)' });
    expect((creates(api)[0]?.body as CreateEmployerRequest).confirmedNotDuplicate).toBe(true);
  });
});
