import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { caseManagerSession, fakeSeeker, SEEKER_ID } from './seeker-fixtures';

const base = `/api/v1/seekers/${SEEKER_ID}/resume`;

function emptyResumeApi() {
  return mockApi({
    [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }),
    [`GET ${base}`]: () => ({
      body: {
        resume: {
          contact: {
            firstName: 'Dolores',
            lastName: 'Haze',
            email: null,
            phone: null,
            city: null,
            state: null,
            zip: null,
          },
          summary: '',
          work: [],
          education: [],
          licenses: [],
          skills: [],
        },
        searchable: false,
        updatedAt: null,
      },
    }),
    [`GET ${base}/uploads`]: () => ({ body: { items: [] } }),
  });
}

describe('the Résumé tab of a job seeker record', () => {
  it('SEEK-10: staff see the saved resume, links to download it as PDF and Word, and the uploaded files', async () => {
    const api = mockApi({
      [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }),
      [`GET ${base}`]: () => ({
        body: {
          resume: {
            contact: {
              firstName: 'Dolores',
              lastName: 'Haze',
              email: null,
              phone: null,
              city: 'Lexington',
              state: 'KY',
              zip: '40507',
            },
            summary: 'Forklift operator with eight years in distribution.',
            work: [
              {
                title: 'Forklift Operator',
                onetCode: '53-7051.00',
                employer: 'Bluegrass Logistics',
                city: null,
                state: null,
                startDate: '2019-03',
                endDate: null,
                duties: 'Moved pallets.',
                wage: null,
                payUnit: null,
              },
            ],
            education: [],
            licenses: [],
            skills: ['RF scanners'],
          },
          searchable: false,
          updatedAt: '2026-11-02T15:00:00.000Z',
        },
      }),
      [`GET ${base}/uploads`]: () => ({
        body: {
          items: [
            {
              id: '7d3a4c1e-0000-4000-8000-000000000001',
              fileName: 'paper-resume.pdf',
              fileType: 'pdf',
              sizeBytes: 2048,
              uploadedAt: '2026-11-01T15:00:00.000Z',
              uploadedByStaff: 'Casey Morgan',
            },
          ],
        },
      }),
    });
    renderApp({ path: `/seekers/${SEEKER_ID}`, session: caseManagerSession() });
    const tab = await screen.findByRole('tab', { name: 'Résumé' });
    expect(api.requests.some((r) => r.path === base)).toBe(false);

    await userEvent.click(tab);
    const panel = await screen.findByRole('tabpanel', { name: 'Résumé' });
    await within(panel).findByText('Bluegrass Logistics', { exact: false });
    expect(within(panel).getByText(/Confidential/)).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(
      `${base}/download?format=pdf`,
    );
    expect(
      within(panel).getByRole('link', { name: 'Download Word (.docx)' }).getAttribute('href'),
    ).toBe(`${base}/download?format=docx`);
    const file = await within(panel).findByRole('link', { name: 'paper-resume.pdf' });
    expect(file.getAttribute('href')).toBe(`${base}/uploads/7d3a4c1e-0000-4000-8000-000000000001`);
    expect(within(panel).getByText(/Casey Morgan/)).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Edit resume' }).getAttribute('href')).toBe(
      `/seekers/${SEEKER_ID}/resume`,
    );
  });

  it('SEEK-7, SEEK-8: says so when the job seeker has no resume yet, and offers to build or upload one', async () => {
    emptyResumeApi();
    renderApp({ path: `/seekers/${SEEKER_ID}`, session: caseManagerSession() });
    await userEvent.click(await screen.findByRole('tab', { name: 'Résumé' }));
    const panel = await screen.findByRole('tabpanel', { name: 'Résumé' });
    await within(panel).findByText('This job seeker has not saved a resume yet.');
    expect(within(panel).getByText('No resume files have been uploaded.')).toBeTruthy();
    expect(within(panel).queryByRole('link', { name: 'Download PDF' })).toBeNull();
    expect(within(panel).getByRole('link', { name: 'Build a resume' }).getAttribute('href')).toBe(
      `/seekers/${SEEKER_ID}/resume`,
    );
    expect(
      within(panel).getByRole('link', { name: 'Upload a resume file' }).getAttribute('href'),
    ).toBe(`/seekers/${SEEKER_ID}/resume/upload`);
  });

  it('SEC-2: staff who may only view job seekers are not offered to change the resume', async () => {
    emptyResumeApi();
    renderApp({
      path: `/seekers/${SEEKER_ID}`,
      session: caseManagerSession({ permissions: { seekers: 'view' } }),
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Résumé' }));
    const panel = await screen.findByRole('tabpanel', { name: 'Résumé' });
    await within(panel).findByText('This job seeker has not saved a resume yet.');
    expect(within(panel).queryByRole('link', { name: 'Build a resume' })).toBeNull();
    expect(within(panel).queryByRole('link', { name: 'Upload a resume file' })).toBeNull();
  });
});
