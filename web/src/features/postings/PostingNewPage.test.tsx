import type { CreatePostingRequest } from '@onestop/contracts';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession, EMPLOYER_ID, fakeEmployer } from '../employers/employer-fixtures';
import { fakePosting, POSTING_ID } from './posting-fixtures';

const path = `/postings/new?employerId=${EMPLOYER_ID}`;

function employerApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    [`GET /api/v1/employers/${EMPLOYER_ID}`]: () => ({ body: fakeEmployer() }),
    [`GET /api/v1/employers/${EMPLOYER_ID}/locations`]: () => ({ body: { items: [] } }),
    [`GET /api/v1/employers/${EMPLOYER_ID}/labor-disputes`]: () => ({ body: { items: [] } }),
    ...extra,
  });
}

const creates = (api: ReturnType<typeof mockApi>) =>
  api.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/postings');

async function fillRequired() {
  await userEvent.type(await screen.findByRole('textbox', { name: 'Job title' }), 'Line baker');
  await userEvent.type(
    screen.getByRole('textbox', { name: 'Job description' }),
    'Bake bread on the early line.',
  );
  await userEvent.selectOptions(
    screen.getByRole('combobox', { name: 'How the order came in' }),
    'phone',
  );
}

// The whole app renders for each test; on a busy machine the first screen takes a while.
configure({ asyncUtilTimeout: 5000 });

describe('taking a job order', () => {
  it('JOB-4: the title, a description of 5 characters or more and the intake are required, before any request', async () => {
    const api = employerApi();
    renderApp({ path, session: bsrSession() });
    await screen.findByText(/Bluegrass Bakery LLC \(E-100200\)/);
    await userEvent.type(screen.getByRole('textbox', { name: 'Job description' }), 'Bake');
    await userEvent.click(screen.getByRole('button', { name: 'Save job order' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.getAttribute('href')),
    ).toEqual(['#posting-form-title', '#posting-form-description', '#posting-form-intakeMethod']);
    const description = screen.getByRole('textbox', { name: 'Job description' });
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(description.getAttribute('spellcheck')).toBe('true');
    expect(screen.getAllByText('3,996 characters left').length).toBeGreaterThan(0);
    expect(creates(api)).toEqual([]);
  });

  it('JOB-8, JOB-12: the deadline defaults to 14 days ahead; a staffing agency must name the work site', async () => {
    const api = employerApi();
    renderApp({ path, session: bsrSession() });
    await fillRequired();
    const deadline = screen.getByLabelText('Application deadline') as HTMLInputElement;
    const expected = new Date();
    expected.setDate(expected.getDate() + 14);
    expect(deadline.value).toBe(
      `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`,
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: /The employer is a staffing agency/ }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save job order' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').getAttribute('href')).toBe(
      '#posting-form-worksiteCompany',
    );
    expect(creates(api)).toEqual([]);
  });

  it('JOB-13: the server’s refusal and its field errors are shown in the summary and on the field', async () => {
    const message = 'Use at most 120 characters.';
    employerApi({
      'POST /api/v1/postings': () =>
        apiError(400, 'VALIDATION_FAILED', 'Check the highlighted fields.', [
          { path: 'title', message },
        ]),
    });
    renderApp({ path, session: bsrSession() });
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Save job order' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Check the highlighted fields.');
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe(
      '#posting-form-title',
    );
    expect(screen.getByRole('textbox', { name: 'Job title' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('JOB-1, JOB-2: a phone order is saved as a draft and the record opens, with its JOB-3 warning', async () => {
    const created = fakePosting({
      status: 'draft',
      title: 'Line baker',
      postedAt: null,
      onBoard: false,
      notes: [],
      likelyDuplicates: [
        { id: '60000000-0000-4000-8000-000000000009', recordNumber: 'J-100100', title: 'Baker' },
      ],
    });
    const api = employerApi({
      'POST /api/v1/postings': () => ({ status: 201, body: created }),
      [`GET /api/v1/postings/${POSTING_ID}`]: () => ({ body: created }),
    });
    renderApp({ path, session: bsrSession() });
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Save job order' }));
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Line baker (J-100300)' },
      { timeout: 5000 },
    );
    expect(screen.getByText(/The job order was saved as a draft/)).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'This looks like another open posting' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Baker (J-100100)' })).toBeTruthy();
    const body = creates(api)[0]?.body as CreatePostingRequest;
    expect(body).toMatchObject({
      employerId: EMPLOYER_ID,
      intakeMethod: 'phone',
      title: 'Line baker',
      description: 'Bake bread on the early line.',
      openings: 1,
      stateSource: 'full_service',
      federalSource: 'employer_listing',
      programType: 'none',
      locationId: null,
    });
  });

  it('SEC-7: without the job-posting training the form is not offered', async () => {
    employerApi();
    renderApp({ path, session: bsrSession({ grants: [] }) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeTruthy();
  });
});
