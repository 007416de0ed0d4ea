import type { EmployerContact, EmployerLocation } from '@onestop/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession, EMPLOYER_ID, fakeContact, fakeEmployer } from './employer-fixtures';

const base = `/api/v1/employers/${EMPLOYER_ID}`;

async function openTab() {
  renderApp({ path: `/employers/${EMPLOYER_ID}`, session: bsrSession() });
  await userEvent.click(await screen.findByRole('tab', { name: 'Contacts and locations' }));
  return screen.findByRole('tabpanel', { name: 'Contacts and locations' });
}

describe('contacts and locations', () => {
  it('EMP-4: staff add a contact; the name is required and the server gets what was typed', async () => {
    const contacts: EmployerContact[] = [fakeContact()];
    const api = mockApi({
      [`GET ${base}`]: () => ({ body: fakeEmployer() }),
      [`GET ${base}/contacts`]: () => ({
        body: { items: contacts, active: contacts.length, limit: 300 },
      }),
      [`GET ${base}/locations`]: () => ({ body: { items: [] } }),
      [`POST ${base}/contacts`]: (request) => {
        const added = fakeContact({
          ...(request.body as Partial<EmployerContact>),
          id: '54000000-0000-4000-8000-000000000002',
        });
        contacts.push(added);
        return { status: 201, body: added };
      },
    });
    const panel = await openTab();
    expect(await within(panel).findByText('1 of at most 300 active contacts.')).toBeTruthy();
    expect(within(panel).getByRole('rowheader', { name: /Maria Lopez\s*Primary/ })).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: 'Add a contact' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a contact' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a contact' }));
    const first = within(dialog).getByRole('textbox', { name: 'First name' });
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(first);

    await userEvent.type(first, 'Sam');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Last name' }), 'Ortiz');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Phone' }), '859-555-0199');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a contact' }));
    await screen.findByText('Sam Ortiz was added as a contact.');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      firstName: 'Sam',
      lastName: 'Ortiz',
      phone: '859-555-0199',
      isPrimary: false,
    });
    expect(await within(panel).findByText('2 of at most 300 active contacts.')).toBeTruthy();
  });

  it('EMP-4: at 300 active contacts the limit is explained and no contact can be added', async () => {
    mockApi({
      [`GET ${base}`]: () => ({ body: fakeEmployer() }),
      [`GET ${base}/contacts`]: () => ({
        body: { items: [fakeContact()], active: 300, limit: 300 },
      }),
      [`GET ${base}/locations`]: () => ({ body: { items: [] } }),
    });
    const panel = await openTab();
    expect(
      await within(panel).findByText(
        /This employer has 300 active contacts, the most one employer record can have/,
      ),
    ).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Add a contact' })).toBeNull();
  });

  it('EMP-4: a contact who left is made inactive after a confirmation', async () => {
    const contact = fakeContact();
    const api = mockApi({
      [`GET ${base}`]: () => ({ body: fakeEmployer() }),
      [`GET ${base}/contacts`]: () => ({
        body: { items: [contact], active: contact.active ? 1 : 0, limit: 300 },
      }),
      [`GET ${base}/locations`]: () => ({ body: { items: [] } }),
      [`PATCH ${base}/contacts/${contact.id}`]: () => {
        contact.active = false;
        return { body: contact };
      },
    });
    renderApp({
      path: `/employers/${EMPLOYER_ID}`,
      session: bsrSession({ permissions: { employers: 'change' } }),
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Contacts and locations' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Make Maria Lopez inactive' }));
    const dialog = screen.getByRole('dialog', { name: 'Make Maria Lopez inactive?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make inactive' }));
    await screen.findByText('Maria Lopez is now an inactive contact.');
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ active: false });
    expect(await screen.findByRole('button', { name: 'Make Maria Lopez active' })).toBeTruthy();
  });

  it('EMP-8: a location has its address, NAICS code and its own contact, chosen from the active contacts', async () => {
    const locations: EmployerLocation[] = [];
    const contact = fakeContact();
    const api = mockApi({
      [`GET ${base}`]: () => ({ body: fakeEmployer() }),
      [`GET ${base}/contacts`]: () => ({
        body: {
          items: [
            contact,
            fakeContact({
              id: '54000000-0000-4000-8000-000000000003',
              firstName: 'Gone',
              active: false,
            }),
          ],
          active: 1,
          limit: 300,
        },
      }),
      [`GET ${base}/locations`]: () => ({ body: { items: locations } }),
      [`POST ${base}/locations`]: () => {
        const added: EmployerLocation = {
          id: '55000000-0000-4000-8000-000000000001',
          employerId: EMPLOYER_ID,
          name: 'Nicholasville store',
          address1: '5 Main St',
          address2: null,
          city: 'Nicholasville',
          state: 'KY',
          zip: '40356',
          county: null,
          naicsCode: '445291',
          contact: {
            id: contact.id,
            firstName: 'Maria',
            lastName: 'Lopez',
            phone: null,
            email: null,
          },
          active: true,
          createdAt: '2026-02-01T15:00:00.000Z',
          updatedAt: '2026-02-01T15:00:00.000Z',
        };
        locations.push(added);
        return { status: 201, body: added };
      },
    });
    const panel = await openTab();
    expect(await within(panel).findByText('No locations yet.')).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'Add a location' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a location' });
    const contactSelect = within(dialog).getByRole('combobox', {
      name: 'Contact at this location',
    });
    expect(
      within(contactSelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['No contact for this location', 'Maria Lopez, HR manager']);
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Location name' }),
      'Nicholasville store',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Street address' }),
      '5 Main St',
    );
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'City' }), 'Nicholasville');
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'State or territory' }),
      'KY',
    );
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'ZIP code' }), '40356');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'NAICS code' }), '445291');
    await userEvent.selectOptions(contactSelect, contact.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a location' }));
    await screen.findByText('The location Nicholasville store was added.');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Nicholasville store',
      address1: '5 Main St',
      city: 'Nicholasville',
      state: 'KY',
      zip: '40356',
      naicsCode: '445291',
      contactId: contact.id,
    });
    const table = await within(panel).findByRole('table', {
      name: 'Locations of this employer, active ones first',
    });
    expect(within(table).getByText('445291')).toBeTruthy();
  });

  it('EMP-4: the server’s refusal at the limit is shown in the dialog', async () => {
    mockApi({
      [`GET ${base}`]: () => ({ body: fakeEmployer() }),
      [`GET ${base}/contacts`]: () => ({ body: { items: [], active: 299, limit: 300 } }),
      [`GET ${base}/locations`]: () => ({ body: { items: [] } }),
      [`POST ${base}/contacts`]: () =>
        apiError(422, 'RULE_VIOLATION', 'This employer already has 300 active contacts.'),
    });
    const panel = await openTab();
    await userEvent.click(await within(panel).findByRole('button', { name: 'Add a contact' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a contact' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Sam');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Last name' }), 'Ortiz');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a contact' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'This employer already has 300 active contacts.',
    );
  });
});
