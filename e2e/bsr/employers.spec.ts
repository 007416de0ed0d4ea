import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from '../support/browser';

/** Letters only, so that the name stays a name: "Kbfq" and the like, different on each run. */
function runTag(): string {
  const letters = Date.now()
    .toString(26)
    .split('')
    .map((c) => String.fromCharCode(97 + parseInt(c, 26)))
    .join('')
    .slice(-5);
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

/** A FEIN with a prefix the IRS assigns (20–27), different on each run. */
function runFein(): string {
  const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
  return `${20 + Math.floor(Math.random() * 8)}-${digits}`;
}

function dialog(page: Page, name: string | RegExp) {
  return page.getByRole('dialog', { name });
}

describe('a business services representative works an employer account', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('EMP-1, EMP-2, EMP-4, EMP-6, EMP-8: searches, adds an employer (an invalid FEIN prefix explained), adds a contact and a location, records an activity and a note and sees them first', async () => {
    const tag = runTag();
    const legalName = `Quill${tag} Tool and Die LLC`;
    const fein = runFein();
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'bsr@demo.test');

    await page
      .getByRole('navigation', { name: /primary/i })
      .getByRole('link', { name: 'Employers', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Find an employer' }).waitFor();
    await expectAccessible(page, 'employer search');

    // EMP-2: search first; an empty search says what to fill in.
    const search = page.getByRole('button', { name: 'Search', exact: true });
    await search.click();
    await page.getByRole('alert').getByText('Enter an employer name, a contact name').waitFor();
    await expectAccessible(page, 'employer search with an error');
    await page.getByLabel('Employer name', { exact: true }).fill(`Quill${tag} Tool`);
    await search.click();
    await page.getByText('No results match these filters.').waitFor();
    expect(new URL(page.url()).search).toBe(`?name=Quill${tag}+Tool`);
    await expectAccessible(page, 'employer search without results');

    await page.getByRole('link', { name: 'Add an employer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Add an employer' }).waitFor();
    await expectAccessible(page, 'add employer form');
    const add = page.getByRole('button', { name: 'Add employer' });
    await add.click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Enter the employer’s legal name.' })
      .waitFor();
    await expectAccessible(page, 'add employer form with errors');

    // EMP-1: nine digits are not enough: the IRS never assigns the prefix 07, and the server says so.
    await page.getByLabel('Legal name', { exact: true }).fill(legalName);
    await page.getByLabel('FEIN', { exact: true }).fill('07-1234567');
    await page.getByLabel('ZIP code', { exact: true }).fill('40507');
    await page.getByLabel('NAICS code', { exact: true }).fill('332710');
    await add.click();
    await page
      .getByRole('alert')
      .getByRole('link', {
        name: /A FEIN cannot start with 07: the IRS does not assign that prefix/,
      })
      .waitFor();
    expect(await page.getByLabel('FEIN', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(page, 'add employer form with the server’s FEIN error');

    await page.getByLabel('FEIN', { exact: true }).fill(fein);
    await add.click();
    await page.waitForURL(/\/employers\/[0-9a-f-]{36}$/);
    const record = new URL(page.url()).pathname;
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`^${legalName} \\(E-\\d+\\)$`) })
      .waitFor();
    await page.getByText(/The employer was added as record E-\d+\./).waitFor();
    await page.getByRole('tabpanel', { name: 'General' }).getByText(fein).waitFor();
    await expectAccessible(page, 'new employer record');

    // EMP-4: a contact, then a location with that contact as its own (EMP-8).
    await page.getByRole('tab', { name: 'Contacts and locations' }).click();
    const contactsTab = page.getByRole('tabpanel', { name: 'Contacts and locations' });
    await contactsTab.getByText('0 of at most 300 active contacts.').waitFor();
    await expectAccessible(page, 'contacts tab without contacts');
    await contactsTab.getByRole('button', { name: 'Add a contact' }).click();
    const contact = dialog(page, 'Add a contact');
    await contact.getByLabel('First name', { exact: true }).fill('Maria');
    await contact.getByLabel('Last name', { exact: true }).fill(`Lopez${tag}`);
    await contact.getByLabel('Job title', { exact: true }).fill('Plant manager');
    await contact
      .getByLabel('Email', { exact: true })
      .fill(`maria.${tag.toLowerCase()}@example.test`);
    await contact.locator('label', { hasText: 'Primary contact' }).click();
    await expectAccessible(page, 'add contact dialog');
    await contact.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByText(`Maria Lopez${tag} was added as a contact.`).waitFor();
    await contactsTab.getByText('1 of at most 300 active contacts.').waitFor();

    await contactsTab.getByRole('button', { name: 'Add a location' }).click();
    const location = dialog(page, 'Add a location');
    await location.getByLabel('Location name', { exact: true }).fill('Nicholasville plant');
    await location.getByLabel('Street address', { exact: true }).fill('5 Industry Rd');
    await location.getByLabel('City', { exact: true }).fill('Nicholasville');
    await location.getByLabel('State or territory').selectOption('KY');
    await location.getByLabel('ZIP code', { exact: true }).fill('40356');
    await location.getByLabel('NAICS code', { exact: true }).fill('332710');
    await location
      .getByLabel('Contact at this location')
      .selectOption({ label: `Maria Lopez${tag}, Plant manager` });
    await expectAccessible(page, 'add location dialog');
    await location.getByRole('button', { name: 'Add a location' }).click();
    await page.getByText('The location Nicholasville plant was added.').waitFor();
    const locations = contactsTab.getByRole('table', { name: /Locations of this employer/ });
    await locations.getByRole('rowheader', { name: 'Nicholasville plant' }).waitFor();
    expect(await locations.getByText(`Maria Lopez${tag}`).count()).toBe(1);
    await expectAccessible(page, 'contacts tab with a contact and a location');

    // EMP-6: an activity from the catalog and a note; both come first on the record.
    await page.getByRole('tab', { name: 'Activities and notes' }).click();
    const activitiesTab = page.getByRole('tabpanel', { name: 'Activities and notes' });
    await activitiesTab.getByText('No activities recorded yet.').waitFor();
    await expectAccessible(page, 'activities tab without activities');
    await activitiesTab.getByRole('button', { name: 'Record activity' }).click();
    await activitiesTab.getByText('Choose the activity from the list.').waitFor();
    await expectAccessible(page, 'record activity form with an error');
    await activitiesTab
      .getByLabel('Activity', { exact: true })
      .selectOption({ label: 'Employer visit' });
    await activitiesTab
      .getByLabel('Location', { exact: true })
      .selectOption({ label: 'Nicholasville plant' });
    await activitiesTab
      .getByLabel('Note about this activity')
      .fill(`Toured the ${tag} line; they need two machinists.`);
    await activitiesTab.getByRole('button', { name: 'Record activity' }).click();
    await page.getByText('The activity “Employer visit” was recorded.').waitFor();
    await activitiesTab
      .getByRole('table', { name: 'Activities, newest first' })
      .getByText(`Toured the ${tag} line; they need two machinists.`)
      .waitFor();
    await activitiesTab
      .getByLabel('Note', { exact: true })
      .fill(`Owner ${tag} prefers calls after 2 pm.`);
    await activitiesTab.getByRole('button', { name: 'Post note' }).click();
    await page.getByText('The note was posted.').waitFor();
    await activitiesTab
      .getByRole('list', { name: 'Notes, newest first' })
      .getByText(`Owner ${tag} prefers calls after 2 pm.`)
      .waitFor();
    await expectAccessible(page, 'activities tab with an activity and a note');

    await page.getByRole('tab', { name: 'General' }).click();
    const general = page.getByRole('tabpanel', { name: 'General' });
    const recent = general.getByRole('region', { name: 'Before you contact this employer' });
    expect(await general.getByRole('heading', { level: 2 }).first().innerText()).toBe(
      'Before you contact this employer',
    );
    await recent.getByText(`Toured the ${tag} line; they need two machinists.`).waitFor();
    await recent.getByText(`Owner ${tag} prefers calls after 2 pm.`).waitFor();
    expect(await recent.getByText('Employer visit').count()).toBe(1);
    await expectAccessible(page, 'general tab with recent work first');

    // EMP-2: the FEIN finds the record again, shown as XX-XXXXXXX.
    await page.goto('/employers');
    await page.getByLabel('FEIN', { exact: true }).fill(fein.replace('-', ''));
    await search.click();
    const table = page.getByRole('table', { name: 'Employers that match the search' });
    await expect.poll(() => table.locator(`a[href="${record}"]`).count()).toBe(1);
    expect(await table.getByText(fein, { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'employer search results');

    // EMP-5: the approval queue is not a business services representative's page.
    await page.goto('/employers/approvals');
    await page
      .getByRole('heading', { level: 1, name: 'You do not have access to this page' })
      .waitFor();
    await expectAccessible(page, 'approvals page without access');
    await page.context().close();
  });

  it('EMP-5: the central office has the approval queue', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'central@demo.test');
    await page
      .getByRole('navigation', { name: /primary/i })
      .getByRole('link', { name: 'Approve employers', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Approve employers' }).waitFor();
    // Approving an employer that registered itself is the employer portal's story
    // (e2e/employer/employer-portal.spec.ts).
    await expectAccessible(page, 'approval queue');
    await page.context().close();
  });
});
