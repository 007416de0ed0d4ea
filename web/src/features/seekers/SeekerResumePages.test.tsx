import type { ResumeUploadResult, SavedResume, SaveResumeRequest } from '@onestop/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { newResume } from '../portal/test/portal-fixtures';
import { caseManagerSession, fakeSeeker, SEEKER_ID } from './seeker-fixtures';

const base = `/api/v1/seekers/${SEEKER_ID}/resume`;
const PDF = 'application/pdf';

function staffApi(resume: SavedResume = newResume(), extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }),
    [`GET ${base}`]: () => ({ body: resume }),
    [`GET ${base}/uploads`]: () => ({ body: { items: [] } }),
    [`PUT ${base}`]: (request) => ({
      body: { ...(request.body as SaveResumeRequest), updatedAt: '2026-03-02T15:00:00.000Z' },
    }),
    ...extra,
  });
}

function uploadResult(): ResumeUploadResult {
  const draft = newResume().resume;
  draft.skills = ['Forklift'];
  draft.summary = 'Warehouse associate with five years on the dock.';
  return {
    upload: {
      id: '60000000-0000-4000-8000-000000000002',
      fileName: 'paper-resume.pdf',
      fileType: 'pdf',
      sizeBytes: 2048,
      uploadedAt: '2026-03-02T15:00:00.000Z',
      uploadedByStaff: 'Casey Morgan',
    },
    draft,
    warnings: [],
  };
}

const stepHeading = () => document.getElementById('resume-step-heading');

async function openResumeTab() {
  await screen.findByRole('heading', { level: 1, name: 'Dolores Haze (S-100123)' });
  await userEvent.click(screen.getByRole('tab', { name: 'Résumé' }));
  return screen.findByRole('tabpanel', { name: 'Résumé' });
}

describe('staff work on a job seeker’s resume', () => {
  it('SEEK-7: a case manager builds the resume through the guided steps; it is saved on the record with the staff session, and the Résumé tab says so', async () => {
    const api = staffApi();
    renderApp({ path: `/seekers/${SEEKER_ID}/resume`, session: caseManagerSession() });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Résumé for Dolores Haze' });
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(within(crumbs).getByRole('link', { name: 'Dolores Haze' }).getAttribute('href')).toBe(
      `/seekers/${SEEKER_ID}`,
    );
    expect(stepHeading()?.textContent).toMatch(/1\s*of 7\s*Contact/);
    const city = screen.getByRole('textbox', { name: 'City' });
    expect(city).toHaveProperty('value', 'Lexington');
    await user.clear(city);
    await user.type(city, 'Georgetown');

    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepHeading()?.textContent).toMatch(/7\s*of 7\s*Preview and save/);
    expect(screen.getByText('Save the resume first.', { exact: false })).toBeTruthy();
    await user.click(screen.getByLabelText('Let employers find the resume', { exact: false }));
    await user.click(screen.getByRole('button', { name: 'Save the resume' }));

    const panel = await openResumeTab();
    await within(panel).findByText('The resume was saved.');
    expect(within(panel).getByRole('link', { name: 'Edit resume' })).toBeTruthy();
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(base);
    expect(put?.headers['x-csrf-token']).toBe('csrf-token-1');
    expect((put?.body as SaveResumeRequest).searchable).toBe(true);
    expect((put?.body as SaveResumeRequest).resume.contact.city).toBe('Georgetown');
    // Staff never touch the seeker's own session: no portal request, no email to self.
    expect(api.requests.some((r) => r.path.startsWith('/api/v1/portal'))).toBe(false);
  }, 30_000);

  it('SEEK-7: "Save progress" stays in the builder, and the saved resume offers downloads but no email', async () => {
    staffApi();
    renderApp({ path: `/seekers/${SEEKER_ID}/resume`, session: caseManagerSession() });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Résumé for Dolores Haze' });
    await user.click(screen.getByRole('button', { name: 'Save progress' }));
    await screen.findByText(/The resume was saved on/);
    expect(screen.getByRole('heading', { level: 1, name: 'Résumé for Dolores Haze' })).toBeTruthy();

    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(
      `${base}/download?format=pdf`,
    );
    expect(screen.queryByRole('button', { name: /Email me/ })).toBeNull();
  }, 30_000);

  it('SEEK-8: a case manager uploads a file for the job seeker, checks the draft, and "Confirm and save" saves it on the record', async () => {
    const result = uploadResult();
    const api = staffApi(newResume(), {
      [`POST ${base}/upload`]: () => ({ body: result }),
    });
    renderApp({ path: `/seekers/${SEEKER_ID}/resume/upload`, session: caseManagerSession() });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Upload a résumé for Dolores Haze' });
    await user.upload(
      screen.getByLabelText('Resume file'),
      new File(['%PDF-1.7'], 'paper-resume.pdf', { type: PDF }),
    );
    await user.click(screen.getByRole('button', { name: 'Upload and read the file' }));

    await screen.findByRole('heading', { level: 2, name: 'Check the draft' });
    const upload = api.requests.find((r) => r.path === `${base}/upload`);
    expect(upload?.headers).toMatchObject({
      'content-type': PDF,
      'x-file-name': 'paper-resume.pdf',
      'x-csrf-token': 'csrf-token-1',
    });
    expect(screen.getByText('Confirming saves this as the job seeker’s resume.')).toBeTruthy();
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Confirm and save' }));
    const panel = await openResumeTab();
    await within(panel).findByText('The resume was saved from paper-resume.pdf.');
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(base);
    expect(put?.body).toEqual({ resume: result.draft, searchable: false });
  });

  it('SEEK-8: "Edit before saving" opens the staff builder on the draft', async () => {
    staffApi(newResume(), { [`POST ${base}/upload`]: () => ({ body: uploadResult() }) });
    renderApp({ path: `/seekers/${SEEKER_ID}/resume/upload`, session: caseManagerSession() });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Upload a résumé for Dolores Haze' });
    await user.upload(
      screen.getByLabelText('Resume file'),
      new File(['%PDF-1.7'], 'paper-resume.pdf', { type: PDF }),
    );
    await user.click(screen.getByRole('button', { name: 'Upload and read the file' }));
    await user.click(await screen.findByRole('button', { name: 'Edit before saving' }));

    await screen.findByRole('heading', { level: 1, name: 'Résumé for Dolores Haze' });
    expect(screen.getByText(/This is the draft read from paper-resume.pdf/)).toBeTruthy();
  });

  it('SEC-2, SEC-3: staff who may only view the record, or whose role withholds the Résumé tab, cannot open the builder', async () => {
    staffApi();
    const { unmount } = renderApp({
      path: `/seekers/${SEEKER_ID}/resume`,
      session: caseManagerSession({ permissions: { seekers: 'view' } }),
    });
    await screen.findByRole('heading', {
      level: 1,
      name: 'You do not have access to this page',
    });
    unmount();

    renderApp({
      path: `/seekers/${SEEKER_ID}/resume/upload`,
      session: caseManagerSession({ withheldTabs: ['seekers.resume'] }),
    });
    await screen.findByRole('heading', {
      level: 1,
      name: 'You do not have access to this page',
    });
  });
});
