import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { fakeHome, newResume, PORTAL_CSRF, signedInHandlers } from '../test/portal-fixtures';

const started = fakeHome({
  resume: {
    started: true,
    updatedAt: '2026-03-02T15:00:00.000Z',
    searchable: false,
    jobs: 2,
    uploads: 0,
  },
});

describe('the job seeker home page', () => {
  it('SEEK-11: shows the resume status, links to the profile and to the jobs pages', async () => {
    mockApi(signedInHandlers(newResume(), started));
    renderApp({ path: '/portal' });
    const resume = await screen.findByRole('heading', { level: 2, name: 'My resume' });
    const card = resume.closest('.usa-card') as HTMLElement;
    expect(within(card).getByText('Confidential')).toBeTruthy();
    expect(within(card).getByText(/Last saved on .*2026\. It lists 2 jobs\./)).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Update my resume' }).getAttribute('href')).toBe(
      '/portal/resume',
    );
    expect(
      within(card).getByRole('link', { name: 'Download Word (.docx)' }).getAttribute('href'),
    ).toBe('/api/v1/portal/resume/download?format=docx');
    expect(screen.getByRole('link', { name: 'View my profile' }).getAttribute('href')).toBe(
      '/portal/profile',
    );
    for (const name of ['Saved jobs', 'Saved searches', 'Recently viewed jobs']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: 'See my saved jobs' }).getAttribute('href')).toBe(
      '/portal/saved',
    );
    expect(
      screen.getByRole('link', { name: 'Find jobs', description: /Recently viewed/ }),
    ).toBeTruthy();
  });

  it('SEEK-10: emails the resume to the seeker, and explains when that cannot be done', async () => {
    let calls = 0;
    const api = mockApi({
      ...signedInHandlers(newResume(), started),
      'POST /api/v1/portal/resume/email': () =>
        ++calls === 1
          ? { status: 202, body: { sentTo: 'dolores@example.com' } }
          : apiError(422, 'RULE_VIOLATION', 'There is no email address on your account.'),
    });
    renderApp({ path: '/portal' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Email me the PDF' }));
    expect(
      await screen.findByText('Your resume is on its way to dolores@example.com.', {
        exact: false,
      }),
    ).toBeTruthy();
    const sent = api.requests.find((r) => r.path === '/api/v1/portal/resume/email');
    expect(sent?.body).toEqual({ format: 'pdf' });
    expect(sent?.headers['x-csrf-token']).toBe(PORTAL_CSRF);

    await user.click(screen.getByRole('button', { name: 'Email me the Word file' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your account has no email address');
  });

  it('SEEK-11: a resume not started yet offers to build or upload one', async () => {
    mockApi(signedInHandlers());
    renderApp({ path: '/portal' });
    await screen.findByText(/You have not started a resume yet/);
    expect(screen.getByRole('link', { name: 'Build my resume' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Upload a resume' }).getAttribute('href')).toBe(
      '/portal/resume/upload',
    );
    expect(screen.queryByRole('link', { name: 'Download PDF' })).toBeNull();
  });
});
