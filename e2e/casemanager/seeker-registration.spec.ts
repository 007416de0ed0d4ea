import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from '../support/browser';

/** A valid-looking SSN that differs on each run: area 100–665, group 10–99, serial 1000–9999. */
function runSsn(): string {
  const pick = (low: number, high: number) => low + Math.floor(Math.random() * (high - low + 1));
  return `${pick(100, 665)}-${pick(10, 99)}-${pick(1000, 9999)}`;
}

/** Letters only, so that the name stays a name: "Quill" plus a run tag like "Kbfq". */
function runTag(): string {
  const letters = Date.now()
    .toString(26)
    .split('')
    .map((c) => String.fromCharCode(97 + parseInt(c, 26)))
    .join('')
    .slice(-5);
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

interface Person {
  firstName: string;
  lastName: string;
  month: string;
  day: string;
  year: string;
  ssn?: string;
}

/**
 * Fills the registration form and submits it, confirming likely duplicates if any are shown.
 * `onDuplicates` runs while the likely duplicates are on screen, before they are confirmed.
 */
async function register(
  page: Page,
  person: Person,
  onDuplicates?: () => Promise<void>,
): Promise<{ path: string; hadDuplicates: boolean }> {
  await page.goto('/seekers');
  await page.getByRole('link', { name: 'Register a job seeker' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Register a job seeker' }).waitFor();
  await page.getByLabel('First name', { exact: true }).fill(person.firstName);
  await page.getByLabel('Last name', { exact: true }).fill(person.lastName);
  await page.getByLabel('Month', { exact: true }).selectOption(person.month);
  await page.getByLabel('Day', { exact: true }).fill(person.day);
  await page.getByLabel('Year', { exact: true }).fill(person.year);
  if (person.ssn) await page.getByLabel('Social Security number').fill(person.ssn);
  const submit = page.getByRole('button', { name: 'Register job seeker' });
  await submit.click();
  const record = page.waitForURL(/\/seekers\/[0-9a-f-]{36}$/);
  const duplicates = page.getByRole('heading', { name: /existing records? looks? like/ });
  const outcome = await Promise.race([
    record.then(() => 'created' as const),
    duplicates.waitFor().then(() => 'duplicates' as const),
  ]);
  if (outcome === 'duplicates') {
    await onDuplicates?.();
    // USWDS draws its own checkbox over a visually hidden input: people click the label.
    await page.locator('label', { hasText: 'I checked these records' }).click();
    await submit.click();
    await record;
  }
  await page.getByRole('heading', { level: 1, name: /\(S-\d+\)$/ }).waitFor();
  return { path: new URL(page.url()).pathname, hadDuplicates: outcome === 'duplicates' };
}

async function searchFor(page: Page, fields: Record<string, string>) {
  await page.goto('/seekers');
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const table = page.getByRole('table', { name: 'Job seekers that match the search' });
  await table.waitFor();
  return table;
}

describe('a case manager registers job seekers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('SEEK-3, SEEK-5: a case manager registers a person without an SSN, gets the pseudo-SSN, finds them again by fuzzy name and by SSN, and cannot see a full SSN', async () => {
    const ssn = runSsn();
    const lastName = `Quill${runTag()}`;
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'casemanager@demo.test');

    await page
      .getByRole('navigation', { name: /primary/i })
      .getByRole('link', { name: 'Job seekers', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Find a job seeker' }).waitFor();
    expect(await page.getByTestId('status-access').innerText()).toBe('Add');
    await expectAccessible(page, 'job seeker search');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Enter an SSN, a name, an email').first().waitFor();
    await expectAccessible(page, 'job seeker search with an error');

    await page.getByRole('link', { name: 'Register a job seeker' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Register a job seeker' }).waitFor();
    await expectAccessible(page, 'registration form');
    await page.getByRole('button', { name: 'Register job seeker' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter the first name.' }).waitFor();
    await expectAccessible(page, 'registration form with errors');

    // SEEK-5: no SSN → a pseudo-SSN from the prefix and the birth date (DD MM YY).
    const doloresPerson = {
      firstName: 'Dolores',
      lastName: 'Haze',
      month: '5',
      day: '25',
      year: '1977',
    };
    const { path: dolores } = await register(page, doloresPerson);
    await page.getByText('Pseudo-SSN assigned: 975-25-0577').waitFor();
    const general = page.getByRole('tabpanel', { name: 'General' });
    expect(await general.getByText('975-25-0577').count()).toBe(1);
    expect(await general.getByText('No email (placeholder)').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Show full SSN' }).count()).toBe(0);
    await expectAccessible(page, 'new job seeker record');

    await page.getByRole('tab', { name: 'Résumé' }).click();
    await page
      .getByRole('tabpanel', { name: 'Résumé' })
      .getByText('This job seeker has not saved a resume yet.')
      .waitFor();
    await expectAccessible(page, 'résumé tab without a resume');
    await page.getByRole('tab', { name: 'General' }).click();
    await page.getByRole('button', { name: 'Change status' }).click();
    const dialog = page.getByRole('dialog', { name: /Change the status of Dolores Haze/ });
    await dialog.getByLabel('Job seeker status').selectOption('inactive');
    await dialog.getByLabel('Reason for the change').fill('Moved out of state for a year');
    await expectAccessible(page, 'change status dialog');
    await dialog.getByRole('button', { name: 'Change status' }).click();
    await page.getByText('The status was changed.').waitFor();
    expect(await page.getByText('Job seeker: Inactive').count()).toBeGreaterThan(0);

    // SEEK-3: a close spelling finds the record.
    let table = await searchFor(page, { Name: 'Delores Hayes' });
    await expect.poll(() => table.locator(`a[href="${dolores}"]`).count()).toBe(1);
    expect(new URL(page.url()).search).toBe('?name=Delores+Hayes');
    await expectAccessible(page, 'job seeker search results');

    // SEEK-3: someone else with the same name and birth date: staff look, then confirm.
    const twin = await register(page, doloresPerson, async () => {
      const duplicates = page.getByRole('table', { name: /similar name and the same date/ });
      expect(await duplicates.locator(`a[href="${dolores}"]`).count()).toBe(1);
      await page.getByRole('button', { name: 'Register job seeker' }).click();
      await page
        .getByRole('alert')
        .getByRole('link', { name: /Check the existing records/ })
        .waitFor();
      await expectAccessible(page, 'registration with likely duplicates');
    });
    expect(twin.hadDuplicates).toBe(true);
    expect(twin.path).not.toBe(dolores);

    const { path: withSsn } = await register(page, {
      firstName: 'Ramona',
      lastName,
      month: '11',
      day: '3',
      year: '1990',
      ssn,
    });
    const last4 = ssn.slice(-4);
    await page.getByText(`***-**-${last4}`).first().waitFor();
    expect(await page.getByText(ssn).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Show full SSN' }).count()).toBe(0);

    // SEEK-3: the search by SSN is a POST; the number never reaches the address bar.
    table = await searchFor(page, { 'Social Security number': ssn });
    await expect.poll(() => table.locator(`a[href="${withSsn}"]`).count()).toBe(1);
    expect(page.url()).not.toContain(last4);
    await page.context().close();

    // SEC-7: a supervisor holds the ssn_reveal grant; the reveal is confirmed first.
    const supervisor = await newPage(browser, inject('baseUrl'));
    await signIn(supervisor, 'supervisor@demo.test');
    await supervisor.goto(withSsn);
    await supervisor.getByRole('button', { name: 'Show full SSN' }).click();
    const reveal = supervisor.getByRole('dialog', { name: /Show the full Social Security/ });
    expect(await reveal.innerText()).toContain('audit log');
    await expectAccessible(supervisor, 'reveal SSN dialog');
    await reveal.getByRole('button', { name: 'Show the number' }).click();
    await supervisor.getByText(ssn, { exact: true }).waitFor();
    await expectAccessible(supervisor, 'record with the full SSN shown');
    await supervisor.context().close();
  });
});
