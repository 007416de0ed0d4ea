import type { PostingDetail } from '@onestop/contracts';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession } from '../employers/employer-fixtures';
import { renderWithAddress } from '../employers/test-render';
import { COPY_ID, fakePosting, POSTING_ID } from './posting-fixtures';

const path = `/postings/${POSTING_ID}`;
const url = `/api/v1/postings/${POSTING_ID}`;

function note(body: string, at: string) {
  return {
    id: `61000000-0000-4000-8000-0000000000${at.slice(-8, -6)}`,
    kind: 'status',
    body,
    staff: { id: '10000000-0000-4000-8000-000000000003', name: 'Blake Rivera' },
    createdAt: at,
  };
}

/** The record as the server keeps it, changed by the handlers a test adds. */
function recordApi(start: PostingDetail, extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({ [`GET ${url}`]: () => ({ body: start }), ...extra });
}

// The whole app renders for each test; on a busy machine the first screen takes a while.
configure({ asyncUtilTimeout: 5000 });

describe('a job order’s record', () => {
  it('JOB-2, JOB-4: shows the summary, every field, the occupation with its alternatives and the notes', async () => {
    recordApi(fakePosting());
    renderApp({ path, session: bsrSession() });
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Bakery production worker (J-100300)' },
      { timeout: 5000 },
    );
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('Blake Rivera')).toBeTruthy();
    expect(within(summary).getByText('Job seekers can find it')).toBeTruthy();
    expect(screen.getByText('Suggested, 82% confident.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Use Food Batchmakers' })).toBeTruthy();
    expect(screen.getByText('16 to 19.5 a Hour')).toBeTruthy();
    expect(screen.getByText('Status: Draft → Open.')).toBeTruthy();
  });

  it('JOB-6: openings are only raised: a lower number is refused before any request, and the server’s refusal is shown', async () => {
    const api = recordApi(fakePosting(), {
      [`PUT ${url}/openings`]: () =>
        apiError(
          422,
          'RULE_VIOLATION',
          'Openings cannot be lowered from 4 to 3: federal reporting counts the openings received.',
        ),
    });
    renderApp({ path, session: bsrSession() });
    await userEvent.click(await screen.findByRole('button', { name: 'Raise openings' }));
    const dialog = screen.getByRole('dialog', { name: 'Raise the openings' });
    const field = within(dialog).getByRole('textbox', { name: 'New number of openings' });
    await userEvent.clear(field);
    await userEvent.type(field, '2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Raise openings' }));
    expect(await within(dialog).findByText(/Openings cannot be lowered from 3 to 2/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(api.requests.filter((r) => r.method === 'PUT')).toEqual([]);

    await userEvent.clear(field);
    await userEvent.type(field, '5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Raise openings' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('cannot be lowered from 4');
    expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({ openings: 5, note: null });
  });

  it('JOB-7, JOB-2: closing shows its note; a closed posting offers only a duplicate, which opens the copy', async () => {
    let current = fakePosting();
    const copy = fakePosting({
      id: COPY_ID,
      recordNumber: 'J-100301',
      status: 'draft',
      duplicatedFromId: POSTING_ID,
      notes: [],
    });
    const api = mockApi({
      [`GET ${url}`]: () => ({ body: current }),
      [`POST ${url}/close`]: () => {
        current = fakePosting({
          status: 'closed',
          onBoard: false,
          notes: [
            ...current.notes,
            note('Status: Open → Closed. Hired elsewhere.', '2026-02-03T15:00:00.000Z'),
          ],
        });
        return { body: current };
      },
      [`POST ${url}/duplicate`]: () => ({ status: 201, body: copy }),
      [`GET /api/v1/postings/${COPY_ID}`]: () => ({ body: copy }),
    });
    renderWithAddress(path, bsrSession());
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
    const dialog = screen.getByRole('dialog', { name: /Close Bakery production worker/ });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Hired elsewhere.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await screen.findByText('The posting is now: Closed.');
    const notes = screen.getByRole('list', { name: 'Notes, newest first' });
    expect(within(notes).getAllByRole('listitem')[0]?.textContent).toContain(
      'Status: Open → Closed. Hired elsewhere.',
    );
    expect(api.requests.find((r) => r.path.endsWith('/close'))?.body).toEqual({
      reason: 'Hired elsewhere.',
      confirmedNotDuplicate: false,
      confirmedNotAtIssue: false,
    });
    for (const name of ['Raise openings', 'Put on hold', 'Change details'])
      expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.getByText(/This posting is final/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Duplicate into a new posting' }));
    const duplicate = screen.getByRole('dialog', { name: 'Duplicate J-100300 into a new posting' });
    await userEvent.click(
      within(duplicate).getByRole('button', { name: 'Duplicate into a new posting' }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('address').textContent).toBe(`/postings/${COPY_ID}`),
    );
    await screen.findByText(/This is a new draft copied from J-100300/);
    expect(api.requests.find((r) => r.path.endsWith('/duplicate'))?.body).toEqual({
      openings: 3,
      intakeMethod: 'phone',
    });
  });

  it('JOB-2: someone who is not the owner or a designee is told why, and offered no changes', async () => {
    recordApi(fakePosting({ youMayChange: false, owner: { id: 'x', name: 'Riley Chen' } }));
    renderApp({ path, session: bsrSession() });
    expect(
      await screen.findByText(/Only the job owner \(Riley Chen\) or staff they designated/),
    ).toBeTruthy();
    for (const name of ['Raise openings', 'Close', 'Add note'])
      expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('JOB-13, JOB-11: a refused order shows why; a posting in a labor dispute carries the statement', async () => {
    recordApi(
      fakePosting({
        status: 'refused',
        refusalReason: 'The order asks for applicants under 40 (age screening is unlawful).',
        laborDisputeStatement: 'This employer is involved in a labor dispute.',
      }),
    );
    renderApp({ path, session: bsrSession() });
    expect(await screen.findByRole('heading', { name: 'Refused' })).toBeTruthy();
    expect(screen.getByText(/applicants under 40/)).toBeTruthy();
    expect(screen.getByText('This employer is involved in a labor dispute.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Duplicate into a new posting' })).toBeNull();
  });

  it('JOB-3: opening meets a similar posting; staff confirm it is different and open it', async () => {
    let opened = 0;
    const api = recordApi(fakePosting({ status: 'draft', onBoard: false }), {
      [`POST ${url}/submit`]: (request) => {
        opened += 1;
        if (!(request.body as { confirmedNotDuplicate: boolean }).confirmedNotDuplicate)
          return {
            status: 409,
            body: {
              error: {
                code: 'CONFLICT',
                message: 'J-100100 Baker looks like the same job.',
                requestId: 'r',
                rule: 'JOB-3',
              },
            },
          };
        return { body: fakePosting() };
      },
    });
    renderApp({ path, session: bsrSession() });
    await userEvent.click(await screen.findByRole('button', { name: 'Open the posting' }));
    const dialog = screen.getByRole('dialog', { name: /Open Bakery production worker/ });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open the posting' }));
    await within(dialog).findByText('J-100100 Baker looks like the same job.');
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: /this is a different job/ }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open the posting' }));
    await screen.findByText('The posting is now: Open.');
    expect(opened).toBe(2);
    expect(api.requests.filter((r) => r.path.endsWith('/submit')).length).toBe(2);
  });
});
