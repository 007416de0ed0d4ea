import type { SaveResumeRequest } from '@onestop/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { newResume, PORTAL_CSRF, signedInHandlers } from '../test/portal-fixtures';

const RN = { title: 'Registered Nurse', code: '29-1141.00', occupationTitle: 'Registered Nurses' };
const TASKS = ['Monitor patients’ condition.', 'Record patients’ medical information.'];

function builderApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    ...signedInHandlers(),
    'GET /api/v1/occupations/titles': () => ({
      body: {
        items: [
          RN,
          {
            title: 'Nurse Practitioner',
            code: '29-1171.00',
            occupationTitle: 'Nurse Practitioners',
          },
        ],
      },
    }),
    'GET /api/v1/occupations/29-1141.00': () => ({
      body: { ...RN, title: 'Registered Nurses', description: '', jobZone: 3, tasks: TASKS },
    }),
    ...extra,
  });
}

const stepHeading = () => document.getElementById('resume-step-heading');

describe('the resume builder', () => {
  it('SEEK-7: goes step by step with the state kept; the job title picks an O*NET code that drafts the duties', async () => {
    const api = builderApi({
      'PUT /api/v1/portal/resume': (request) => ({
        body: {
          ...(request.body as SaveResumeRequest),
          updatedAt: '2026-03-02T15:00:00.000Z',
        },
      }),
    });
    renderApp({ path: '/portal/resume' });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'My resume' });
    expect(stepHeading()?.textContent).toMatch(/1\s*of 7\s*Contact/);
    // Prefilled from the registration.
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveProperty('value', 'Lexington');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepHeading()?.textContent).toMatch(/2\s*of 7\s*Work history/);
    expect(document.activeElement).toBe(stepHeading());

    await user.click(screen.getByRole('button', { name: 'Add a job' }));
    const title = screen.getByRole('combobox', { name: 'Job title' });
    expect(document.activeElement).toBe(title);
    await user.type(title, 'nurse');
    const list = await screen.findByRole('listbox', { name: 'Job title' });
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    expect(api.requests.find((r) => r.path === '/api/v1/occupations/titles')?.url.search).toBe(
      '?q=nurse&limit=8',
    );
    await user.keyboard('{ArrowDown}');
    expect(title.getAttribute('aria-activedescendant')).toBe(
      within(list).getAllByRole('option')[0]?.id,
    );
    await user.keyboard('{Enter}');
    expect(title).toHaveProperty('value', 'Registered Nurse');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('Occupation: Registered Nurses (29-1141.00)')).toBeTruthy();
    // Enter picked the title; it did not go on to the next step.
    expect(stepHeading()?.textContent).toMatch(/Work history/);

    await user.click(screen.getByRole('button', { name: 'Build up my job description' }));
    const duties = screen.getByRole('textbox', { name: 'What you did' });
    await waitFor(() => expect(duties).toHaveProperty('value', TASKS.join('\n')));
    expect(duties.getAttribute('spellcheck')).toBe('true');

    await user.type(screen.getByRole('textbox', { name: 'Start date' }), '06/2019');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // A job that started and has not ended must say so.
    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    await user.click(
      within(summary).getByRole('link', {
        name: 'Enter when this job ended, or check “I work here now”.',
      }),
    );
    expect(document.activeElement?.id).toBe('resume-work-0-endDate');
    await user.click(screen.getByLabelText('I work here now'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepHeading()?.textContent).toMatch(/3\s*of 7\s*Education/);

    // Back keeps what was entered.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveProperty(
      'value',
      'Registered Nurse',
    );
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepHeading()?.textContent).toMatch(/6\s*of 7\s*Summary/);
    await user.click(screen.getByRole('button', { name: 'Draft a summary for me' }));
    const text = screen.getByRole('textbox', { name: 'Summary' }) as HTMLTextAreaElement;
    expect(text.value).toMatch(/^Registered Nurse with /);
    expect(text.value).toContain('Currently working as Registered Nurse.');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepHeading()?.textContent).toMatch(/7\s*of 7\s*Preview and save/);
    expect(screen.getByText('Save your resume first.', { exact: false })).toBeTruthy();
    await user.click(screen.getByLabelText('Let employers find my resume', { exact: false }));
    await user.click(screen.getByRole('button', { name: 'Save my resume' }));

    await screen.findByText(/Your resume was saved on/);
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.headers['x-csrf-token']).toBe(PORTAL_CSRF);
    const body = put?.body as SaveResumeRequest;
    expect(body.searchable).toBe(true);
    expect(body.resume.work).toEqual([
      {
        title: 'Registered Nurse',
        onetCode: '29-1141.00',
        employer: '',
        city: null,
        state: null,
        startDate: '2019-06',
        endDate: null,
        duties: TASKS.join('\n'),
        wage: null,
        payUnit: null,
      },
    ]);
    expect(screen.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(
      '/api/v1/portal/resume/download?format=pdf',
    );
  }, 30_000);

  it('SEEK-7: a field error from the server is listed, and its link opens the step with the field', async () => {
    const saved = newResume();
    saved.resume.work = [
      {
        title: 'Cashier',
        onetCode: null,
        employer: 'Kroger',
        city: null,
        state: null,
        startDate: null,
        endDate: null,
        duties: '',
        wage: null,
        payUnit: null,
      },
    ];
    mockApi({
      ...signedInHandlers(saved),
      'PUT /api/v1/portal/resume': () =>
        apiError(400, 'VALIDATION_FAILED', 'Check the highlighted fields.', [
          { path: 'resume.work.0.title', message: 'Too big: expected at most 120 characters.' },
        ]),
    });
    renderApp({ path: '/portal/resume' });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'My resume' });
    await user.click(screen.getByRole('button', { name: 'Save my progress' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', {
      name: 'Too big: expected at most 120 characters.',
    });
    // The summary opened the step of the first error.
    expect(stepHeading()?.textContent).toMatch(/Work history/);
    await user.click(link);
    const title = screen.getByRole('combobox', { name: 'Job title' });
    expect(document.activeElement).toBe(title);
    expect(title.getAttribute('aria-describedby')).toContain('resume-work-0-title-error');
  });
});
