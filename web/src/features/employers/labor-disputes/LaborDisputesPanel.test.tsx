import type { LaborDispute } from '@onestop/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { bsrSession, centralSession, EMPLOYER_ID, fakeEmployer } from '../employer-fixtures';

const path = `/employers/${EMPLOYER_ID}`;
const get = `GET /api/v1/employers/${EMPLOYER_ID}`;
const disputesUrl = `/api/v1/employers/${EMPLOYER_ID}/labor-disputes`;
const DISPUTE_ID = '54000000-0000-4000-8000-000000000001';
const PAST_ID = '54000000-0000-4000-8000-000000000002';
const central = { id: '10000000-0000-4000-8000-000000000006', name: 'Chris Taylor' };

function fakeDispute(overrides: Partial<LaborDispute> = {}): LaborDispute {
  return {
    id: DISPUTE_ID,
    employerId: EMPLOYER_ID,
    startedAt: '2026-03-02',
    description: 'Strike by Local 227.',
    positionsAtIssue: 'Bakers on the production line',
    positionCodes: ['51-3011.00'],
    positionTitles: ['Line cook', 'Baker'],
    verifiedAt: null,
    verifiedBy: null,
    endedAt: null,
    endedVerifiedBy: null,
    endVerificationNote: null,
    active: true,
    ...overrides,
  };
}

describe('the labor disputes on an employer record', () => {
  it('JOB-11: a business services representative sees the active dispute first, with its positions and verification, and cannot change it', async () => {
    const past = fakeDispute({
      id: PAST_ID,
      startedAt: '2026-05-01',
      description: null,
      positionsAtIssue: 'Drivers',
      positionCodes: [],
      positionTitles: [],
      verifiedAt: '2026-05-01T15:00:00.000Z',
      verifiedBy: central,
      endedAt: '2026-05-20',
      endedVerifiedBy: central,
      endVerificationNote: 'Called the owner and the Teamsters steward.',
      active: false,
    });
    const current = fakeDispute({ verifiedAt: '2026-03-03T15:00:00.000Z', verifiedBy: central });
    mockApi({
      [get]: () => ({ body: fakeEmployer() }),
      [`GET ${disputesUrl}`]: () => ({ body: { items: [past, current] } }),
    });
    renderApp({ path, session: bsrSession() });
    const region = await screen.findByRole('region', { name: 'Labor disputes' });
    expect(region.textContent).toContain('no referrals are made for the positions at issue');

    const items = await within(region).findAllByRole('listitem');
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Dispute started Mar 2, 2026 Active', 'Dispute started May 1, 2026']);
    const [active, ended] = items as [HTMLElement, HTMLElement];
    expect(within(active).getByText('Bakers on the production line')).toBeTruthy();
    expect(within(active).getByText('Line cook, Baker')).toBeTruthy();
    expect(within(active).getByText('51-3011.00')).toBeTruthy();
    expect(within(active).getByText('Strike by Local 227.')).toBeTruthy();
    expect(within(active).getByText(/^Verified on .*March 3, 2026 by Chris Taylor$/)).toBeTruthy();
    expect(within(ended).getByText('May 20, 2026, end verified by Chris Taylor')).toBeTruthy();
    expect(within(ended).getByText('Called the owner and the Teamsters steward.')).toBeTruthy();

    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('JOB-11: staff without View on postings do not see the section, and nothing is asked', async () => {
    const api = mockApi({ [get]: () => ({ body: fakeEmployer() }) });
    renderApp({ path, session: bsrSession({ permissions: { employers: 'add' } }) });
    await screen.findByRole('region', { name: 'Account owners' });
    expect(screen.queryByRole('region', { name: 'Labor disputes' })).toBeNull();
    expect(api.requests.some((r) => r.path === disputesUrl)).toBe(false);
  });

  it('JOB-11: the central office records a dispute (positions at issue required), verifies it, and records its end (how it was verified required)', async () => {
    let disputes: LaborDispute[] = [];
    const code = 'positionCodes.0';
    const api = mockApi({
      [get]: () => ({ body: fakeEmployer() }),
      [`GET ${disputesUrl}`]: () => ({ body: { items: disputes } }),
      [`POST ${disputesUrl}`]: ({ body }) => {
        const request = body as { positionCodes: string[] };
        if (request.positionCodes[0] !== '51-3011.00') {
          const message = 'Use an O*NET-SOC code like 29-1141.00.';
          return apiError(400, 'VALIDATION_FAILED', message, [{ path: code, message }]);
        }
        disputes = [fakeDispute()];
        return { status: 201, body: { items: disputes } };
      },
      [`POST ${disputesUrl}/${DISPUTE_ID}/verify`]: () => {
        disputes = [fakeDispute({ verifiedAt: '2026-03-03T15:00:00.000Z', verifiedBy: central })];
        return { body: { items: disputes } };
      },
      [`POST ${disputesUrl}/${DISPUTE_ID}/end`]: () => {
        disputes = [
          fakeDispute({
            verifiedAt: '2026-03-03T15:00:00.000Z',
            verifiedBy: central,
            endedAt: '2026-03-20',
            endedVerifiedBy: central,
            endVerificationNote: 'Called the owner and the Local 227 steward.',
            active: false,
          }),
        ];
        return { body: { items: disputes } };
      },
    });
    renderApp({
      path,
      session: centralSession({ permissions: { employers: 'delete', postings: 'change' } }),
    });
    const region = await screen.findByRole('region', { name: 'Labor disputes' });
    await within(region).findByText('No labor disputes are on record for this employer.');

    await userEvent.click(within(region).getByRole('button', { name: 'Record a labor dispute' }));
    let dialog = screen.getByRole('dialog', { name: 'Record a labor dispute' });
    fireEvent.change(within(dialog).getByLabelText('Date started'), {
      target: { value: '2026-03-02' },
    });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Job titles at issue' }),
      'Line cook{Enter}  Baker {Enter}',
    );
    const codes = within(dialog).getByRole('textbox', { name: 'O*NET-SOC codes at issue' });
    await userEvent.type(codes, 'bakers');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Description' }),
      'Strike by Local 227.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the dispute' }));
    const positions = within(dialog).getByRole('textbox', { name: 'Positions at issue' });
    expect(positions.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(positions);
    expect(api.requests.some((r) => r.method === 'POST' && r.path === disputesUrl)).toBe(false);

    // The server's field error lands on its field.
    await userEvent.type(positions, 'Bakers on the production line');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the dispute' }));
    await within(dialog).findByText('Use an O*NET-SOC code like 29-1141.00.', {
      selector: '.usa-error-message',
    });
    expect(codes.getAttribute('aria-invalid')).toBe('true');

    await userEvent.clear(codes);
    await userEvent.type(codes, '51-3011.00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the dispute' }));
    await screen.findByText(
      'The labor dispute is recorded. Postings for the positions at issue are on hold.',
    );
    expect(api.requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({
      startedAt: '2026-03-02',
      positionsAtIssue: 'Bakers on the production line',
      positionTitles: ['Line cook', 'Baker'],
      positionCodes: ['51-3011.00'],
      description: 'Strike by Local 227.',
      verified: false,
    });
    expect(within(region).getByText('Not verified yet')).toBeTruthy();

    await userEvent.click(
      within(region).getByRole('button', { name: 'Verify the dispute that started Mar 2, 2026' }),
    );
    dialog = screen.getByRole('dialog', { name: 'Verify the dispute that started Mar 2, 2026?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Verify' }));
    await screen.findByText('The labor dispute is verified.');
    expect(within(region).getByText(/^Verified on .* by Chris Taylor$/)).toBeTruthy();
    expect(within(region).queryByRole('button', { name: /^Verify/ })).toBeNull();

    await userEvent.click(
      within(region).getByRole('button', {
        name: 'Record the end of the dispute that started Mar 2, 2026',
      }),
    );
    dialog = screen.getByRole('dialog', { name: 'Record the end of this labor dispute' });
    fireEvent.change(within(dialog).getByLabelText('Date ended'), {
      target: { value: '2026-03-20' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the end' }));
    const note = within(dialog).getByRole('textbox', {
      name: 'How the end was verified with the employer and the workers’ representatives',
    });
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(note);
    expect(api.requests.some((r) => r.path.endsWith('/end'))).toBe(false);

    await userEvent.type(note, 'Called the owner and the Local 227 steward.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the end' }));
    await screen.findByText('The end of the labor dispute is recorded. Full service resumes.');
    expect(api.requests.find((r) => r.path.endsWith('/end'))?.body).toEqual({
      endedAt: '2026-03-20',
      verificationNote: 'Called the owner and the Local 227 steward.',
    });
    expect(within(region).getByText('Mar 20, 2026, end verified by Chris Taylor')).toBeTruthy();
    expect(within(region).queryByText('Active')).toBeNull();
    expect(within(region).queryByRole('button', { name: /^Record the end/ })).toBeNull();
  });
});
