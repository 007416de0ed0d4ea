import type { ResumeUploadResult, SaveResumeRequest } from '@onestop/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { fakeHome, newResume, PORTAL_CSRF, signedInHandlers } from '../test/portal-fixtures';

const PDF = 'application/pdf';

function uploadResult(): ResumeUploadResult {
  const draft = newResume().resume;
  draft.work = [
    {
      title: 'Forklift Operator',
      onetCode: null,
      employer: 'Toyota',
      city: 'Georgetown',
      state: 'KY',
      startDate: '2018-04',
      endDate: '2023-01',
      duties: 'Loaded trucks\nKept the dock clean',
      wage: null,
      payUnit: null,
    },
  ];
  draft.skills = ['Forklift'];
  return {
    upload: {
      id: '60000000-0000-4000-8000-000000000001',
      fileName: 'Mi currículum.pdf',
      fileType: 'pdf',
      sizeBytes: 2048,
      uploadedAt: '2026-03-02T15:00:00.000Z',
      uploadedByStaff: null,
    },
    draft,
    warnings: [
      {
        code: 'noJobDates',
        message: 'We could not find the dates for the job “Cook”.',
        params: { job: 'Cook' },
      },
    ],
  };
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  await screen.findByRole('heading', { level: 1, name: 'Upload a resume' });
  await user.upload(screen.getByLabelText('Resume file'), file);
  await user.click(screen.getByRole('button', { name: 'Upload and read my resume' }));
}

describe('uploading a resume', () => {
  it('SEEK-8: a file over 5 MB is refused before it is sent', async () => {
    const api = mockApi(signedInHandlers());
    renderApp({ path: '/portal/resume/upload' });
    const user = userEvent.setup();
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'resume.pdf', { type: PDF });
    await chooseFile(user, big);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toMatch(/larger than 5 MB/);
    expect(api.requests.some((r) => r.path.endsWith('/upload'))).toBe(false);
  });

  it('SEEK-8: a file the server cannot read is explained', async () => {
    mockApi({
      ...signedInHandlers(),
      'POST /api/v1/portal/resume/upload': () =>
        apiError(422, 'RULE_VIOLATION', 'This PDF has no text in it.', [
          { path: 'file', message: 'This PDF has no text in it. Upload the Word file instead.' },
        ]),
    });
    renderApp({ path: '/portal/resume/upload' });
    const user = userEvent.setup();
    await chooseFile(user, new File(['%PDF-1.7'], 'scan.pdf', { type: PDF }));
    expect(
      await screen.findByRole('link', {
        name: 'This PDF has no text in it. Upload the Word file instead.',
      }),
    ).toBeTruthy();
  });

  it('SEEK-8: the draft is shown for review, and nothing is saved until "Confirm and save"', async () => {
    const result = uploadResult();
    const saved = newResume();
    saved.updatedAt = '2026-01-10T15:00:00.000Z';
    saved.searchable = true;
    const api = mockApi({
      ...signedInHandlers(saved, fakeHome()),
      'POST /api/v1/portal/resume/upload': () => ({ body: result }),
      'PUT /api/v1/portal/resume': (request) => ({
        body: { ...(request.body as SaveResumeRequest), updatedAt: '2026-03-02T15:01:00.000Z' },
      }),
    });
    renderApp({ path: '/portal/resume/upload' });
    const user = userEvent.setup();
    await chooseFile(user, new File(['%PDF-1.7'], 'Mi currículum.pdf', { type: PDF }));

    await screen.findByRole('heading', { level: 2, name: 'Check the draft' });
    const upload = api.requests.find((r) => r.path === '/api/v1/portal/resume/upload');
    expect(upload?.headers).toMatchObject({
      'content-type': PDF,
      'x-file-name': 'Mi%20curr%C3%ADculum.pdf',
      'x-csrf-token': PORTAL_CSRF,
    });
    expect(screen.getByText('Forklift Operator')).toBeTruthy();
    expect(screen.getByText('We could not find the dates for the job “Cook”.')).toBeTruthy();
    expect(screen.getByText(/Confirming replaces the resume you saved on/)).toBeTruthy();
    // The draft keeps the searchable choice of the resume it would replace (SEEK-9).
    expect(screen.getByLabelText('Let employers find my resume', { exact: false })).toHaveProperty(
      'checked',
      true,
    );
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Confirm and save' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Dolores' });
    expect(screen.getByText('Your resume was saved from Mi currículum.pdf.')).toBeTruthy();
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({ resume: result.draft, searchable: true });
  });

  it('SEEK-8: "Edit before saving" opens the builder on the draft, not on the saved resume', async () => {
    const api = mockApi({
      ...signedInHandlers(),
      'POST /api/v1/portal/resume/upload': () => ({ body: uploadResult() }),
    });
    renderApp({ path: '/portal/resume/upload' });
    const user = userEvent.setup();
    await chooseFile(user, new File(['%PDF-1.7'], 'Mi currículum.pdf', { type: PDF }));
    await user.click(await screen.findByRole('button', { name: 'Edit before saving' }));

    await screen.findByText(/This is the draft read from Mi currículum.pdf/);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveProperty(
      'value',
      'Forklift Operator',
    );
    expect(screen.getByRole('textbox', { name: 'End date' })).toHaveProperty('value', '01/2023');
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);
  });
});
