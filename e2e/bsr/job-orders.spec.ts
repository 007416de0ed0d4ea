import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from '../support/browser';

/** Letters only, so that the name stays a name, different on each run. */
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

/** The BSR's own employer, so that it is in the Lexington office's scope. */
async function addEmployer(page: Page, legalName: string): Promise<void> {
  await page.goto('/employers/new');
  await page.getByRole('heading', { level: 1, name: 'Add an employer' }).waitFor();
  await page.getByLabel('Legal name', { exact: true }).fill(legalName);
  await page.getByLabel('FEIN', { exact: true }).fill(runFein());
  await page.getByLabel('ZIP code', { exact: true }).fill('40507');
  await page.getByRole('button', { name: 'Add employer' }).click();
  await page.waitForURL(/\/employers\/[0-9a-f-]{36}$/);
}

describe('a business services representative takes a job order', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('JOB-1, JOB-2, JOB-4, JOB-6, JOB-7: takes an order by phone, opens it, cannot lower the openings, closes it and duplicates it', async () => {
    const tag = runTag();
    const employer = `Quill${tag} Bakery LLC`;
    const title = `Line baker ${tag}`;
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'bsr@demo.test');

    await page
      .getByRole('navigation', { name: /primary/i })
      .getByRole('link', { name: 'Job orders', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Job orders' }).waitFor();
    await expectAccessible(page, 'job order list');
    await page.getByRole('link', { name: 'Approve postings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Approve postings' }).waitFor();
    await expectAccessible(page, 'posting approval queue');

    await addEmployer(page, employer);
    await page.getByRole('link', { name: 'New job order' }).click();
    await page.getByRole('heading', { level: 1, name: 'New job order' }).waitFor();
    await page.getByText(new RegExp(`${employer} \\(E-\\d+\\)`)).waitFor();
    await expectAccessible(page, 'job order form');

    // JOB-4: the form says what is missing before anything is sent.
    const save = page.getByRole('button', { name: 'Save job order' });
    await save.click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter the job title.' }).waitFor();
    await expectAccessible(page, 'job order form with errors');

    await page.getByLabel('How the order came in').selectOption('phone');
    await page.getByLabel('Job title', { exact: true }).fill(title);
    await page
      .getByLabel('Job description', { exact: true })
      .fill('Mix, shape and bake bread and rolls on the early production line.');
    await page.getByLabel('Openings', { exact: true }).fill('3');
    await page.getByLabel('Full or part time').selectOption('full_time');
    await page.getByLabel('Minimum pay', { exact: true }).fill('16');
    await page.getByLabel('Maximum pay', { exact: true }).fill('19.50');
    await page.getByLabel('Pay is by the').selectOption('hour');
    await save.click();

    // JOB-2: saved as a draft the taker owns. Saving codes the occupation; on a busy machine
    // the first one can be slow.
    await page.waitForURL(/\/postings\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    const record = new URL(page.url()).pathname;
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`^${title} \\(J-\\d+\\)$`) })
      .waitFor();
    const recordNumber = (await page.getByRole('heading', { level: 1 }).textContent())?.match(
      /J-\d+/,
    )?.[0];
    await page.getByText('The job order was saved as a draft').waitFor();
    const summary = page.getByRole('region', { name: 'Summary' });
    await summary.getByText('Draft', { exact: true }).waitFor();
    await summary.getByText('Blake Rivera').waitFor();
    await expectAccessible(page, 'new job order record');

    await page.getByRole('button', { name: 'Open the posting' }).click();
    const open = page.getByRole('dialog', { name: /^Open / });
    await expectAccessible(page, 'open posting dialog');
    await open.getByRole('button', { name: 'Open the posting' }).click();
    await page.getByText('The posting is now: Open.').waitFor();
    await summary.getByText('Open', { exact: true }).waitFor();
    await page.getByText('Status: Draft → Open.').waitFor();

    // JOB-2: a change to what the posting says is saved and noted.
    await page.getByRole('link', { name: 'Change details' }).click();
    await page.getByRole('heading', { level: 1, name: `Change ${title}` }).waitFor();
    await expectAccessible(page, 'job order edit form');
    await page.getByLabel('Hours per week', { exact: true }).fill('40');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('The changes were saved and noted.').waitFor();

    // JOB-6: openings are never lowered.
    await page.getByRole('button', { name: 'Raise openings' }).click();
    const openings = page.getByRole('dialog', { name: 'Raise the openings' });
    await openings.getByLabel('New number of openings').fill('2');
    await openings.getByRole('button', { name: 'Raise openings' }).click();
    await openings.getByText('Openings cannot be lowered from 3 to 2').first().waitFor();
    await expectAccessible(page, 'openings dialog refusing a lower number');
    await openings.getByRole('button', { name: 'Cancel' }).click();
    await summary.getByText('3', { exact: true }).waitFor();

    // JOB-7: closing is final; the job comes back as a duplicate.
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    const close = page.getByRole('dialog', { name: /^Close / });
    await close.getByLabel('Note').fill('Filled through a referral from another office.');
    await close.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByText('The posting is now: Closed.').waitFor();
    await page.getByText(/Status: Open → Closed\. Filled through a referral/).waitFor();
    expect(await page.getByRole('button', { name: 'Raise openings' }).count()).toBe(0);
    await expectAccessible(page, 'closed job order');

    await page.getByRole('button', { name: 'Duplicate into a new posting' }).click();
    const duplicate = page.getByRole('dialog', { name: /^Duplicate J-\d+ into a new posting$/ });
    await duplicate.getByRole('button', { name: 'Duplicate into a new posting' }).click();
    await page.waitForURL(
      (url) => url.pathname !== record && /\/postings\/[0-9a-f-]{36}$/.test(url.pathname),
    );
    await page.getByText(`This is a new draft copied from ${recordNumber}`).waitFor();
    await page
      .getByRole('region', { name: 'Summary' })
      .getByText('Draft', { exact: true })
      .waitFor();
    await expectAccessible(page, 'duplicated job order');
  });
});
