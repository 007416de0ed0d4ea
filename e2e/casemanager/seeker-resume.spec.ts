import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from '../support/browser';

const RESUMES = new URL('../../server/test-fixtures/resumes/', import.meta.url);

/** Letters only, so that the name stays a name, and differs on each run. */
function runTag(): string {
  const letters = Date.now()
    .toString(26)
    .split('')
    .map((c) => String.fromCharCode(97 + parseInt(c, 26)))
    .join('')
    .slice(-5);
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

/** Registers a new job seeker (no SSN) and opens the record; likely duplicates are confirmed. */
async function registerSeeker(page: Page, firstName: string, lastName: string): Promise<string> {
  await page.goto('/seekers/new');
  await page.getByRole('heading', { level: 1, name: 'Register a job seeker' }).waitFor();
  await page.getByLabel('First name', { exact: true }).fill(firstName);
  await page.getByLabel('Last name', { exact: true }).fill(lastName);
  await page.getByLabel('Month', { exact: true }).selectOption('3');
  await page.getByLabel('Day', { exact: true }).fill('9');
  await page.getByLabel('Year', { exact: true }).fill('1990');
  const submit = page.getByRole('button', { name: 'Register job seeker' });
  await submit.click();
  const record = page.waitForURL(/\/seekers\/[0-9a-f-]{36}$/);
  const duplicates = page.getByRole('heading', { name: /existing records? looks? like/ });
  const outcome = await Promise.race([
    record.then(() => 'created' as const),
    duplicates.waitFor().then(() => 'duplicates' as const),
  ]);
  if (outcome === 'duplicates') {
    await page.locator('label', { hasText: 'I checked these records' }).click();
    await submit.click();
    await record;
  }
  await page.getByRole('heading', { level: 1, name: /\(S-\d+\)$/ }).waitFor();
  return new URL(page.url()).pathname;
}

const stepHeading = (page: Page, name: RegExp) =>
  page.getByRole('heading', { level: 2, name }).waitFor();

async function openResumeTab(page: Page) {
  await page.getByRole('heading', { level: 1, name: /\(S-\d+\)$/ }).waitFor();
  await page.getByRole('tab', { name: 'Résumé' }).click();
  return page.getByRole('tabpanel', { name: 'Résumé' });
}

describe('a case manager keeps a job seeker’s resume', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('SEEK-7, SEEK-8: a case manager builds a resume for a new job seeker with O*NET help, saves it, then uploads a PDF and confirms its draft', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'casemanager@demo.test');
    const name = `Lena Quill${runTag()}`;
    const [firstName, lastName] = name.split(' ') as [string, string];
    const record = await registerSeeker(page, firstName, lastName);

    let panel = await openResumeTab(page);
    await panel.getByText('This job seeker has not saved a resume yet.').waitFor();
    await panel.getByRole('link', { name: 'Build a resume' }).click();

    // SEEK-7: the portal's guided builder, on the seeker's record and in the staff session.
    await page.getByRole('heading', { level: 1, name: `Résumé for ${name}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${record}/resume`);
    await stepHeading(page, /1\s*of 7\s*Contact/);
    expect(await page.getByLabel('First name', { exact: true }).inputValue()).toBe(firstName);
    await expectAccessible(page, 'staff resume builder: contact');
    await page.getByRole('button', { name: 'Next' }).click();

    await stepHeading(page, /2\s*of 7\s*Work history/);
    await page.getByRole('button', { name: 'Add a job' }).click();
    const title = page.getByRole('combobox', { name: 'Job title' });
    await title.pressSequentially('registered nurse', { delay: 20 });
    await page.getByRole('option', { name: /^Registered Nurse \(RN\)/ }).click();
    await page.getByText('Occupation: Registered Nurses (29-1141.00)').waitFor();
    await page.getByRole('button', { name: 'Build up my job description' }).click();
    const duties = page.getByLabel('What you did', { exact: true });
    await expect.poll(() => duties.inputValue()).not.toBe('');
    await page.getByLabel('Employer', { exact: true }).fill('Saint Joseph Hospital');
    await page.getByLabel('Start date', { exact: true }).fill('04/2018');
    // USWDS draws its own checkbox over a visually hidden input: people click the label.
    await page.locator('label', { hasText: 'I work here now' }).click();
    await expectAccessible(page, 'staff resume builder: work history');
    for (const step of [/3\s*of 7/, /4\s*of 7/, /5\s*of 7/]) {
      await page.getByRole('button', { name: 'Next' }).click();
      await stepHeading(page, step);
    }
    const skill = page.getByLabel('Skill', { exact: true });
    await skill.fill('Patient care');
    await skill.press('Enter');
    await page.getByRole('button', { name: 'Remove Patient care' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await stepHeading(page, /6\s*of 7\s*Summary/);
    await page.getByRole('button', { name: 'Next' }).click();

    await stepHeading(page, /7\s*of 7\s*Preview and save/);
    await page
      .getByRole('article')
      .getByText('— Saint Joseph Hospital', { exact: false })
      .waitFor();
    expect(await page.getByRole('button', { name: /Email me/ }).count()).toBe(0);
    await expectAccessible(page, 'staff resume builder: preview');
    await page.getByRole('button', { name: 'Save the resume' }).click();

    // Back on the record, the Résumé tab shows what was saved.
    await page.waitForURL((url) => url.pathname === record);
    panel = await openResumeTab(page);
    await panel.getByText('The resume was saved.').waitFor();
    await panel.getByText('Saint Joseph Hospital', { exact: false }).first().waitFor();
    await panel.getByRole('link', { name: 'Edit resume' }).waitFor();
    await expectAccessible(page, 'record with a saved resume');

    // SEEK-8: staff upload the seeker's file; the draft replaces the resume only once confirmed.
    await panel.getByRole('link', { name: 'Upload a resume file' }).click();
    await page.getByRole('heading', { level: 1, name: `Upload a résumé for ${name}` }).waitFor();
    await expectAccessible(page, 'staff resume upload');
    await page
      .locator('#resume-file')
      .setInputFiles(new URL('files/01-warehouse-associate.pdf', RESUMES).pathname);
    await page.getByRole('button', { name: 'Upload and read the file' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check the draft' }).waitFor();
    await page.getByRole('article').getByText('Warehouse Associate', { exact: true }).waitFor();
    await page.getByText('Confirming replaces the resume saved on', { exact: false }).waitFor();
    await expectAccessible(page, 'staff upload draft for review');
    await page.getByRole('button', { name: 'Confirm and save' }).click();

    await page.waitForURL((url) => url.pathname === record);
    panel = await openResumeTab(page);
    await panel.getByText('The resume was saved from 01-warehouse-associate.pdf.').waitFor();
    await panel.getByText('Warehouse Associate', { exact: true }).first().waitFor();
    await panel.getByRole('link', { name: '01-warehouse-associate.pdf' }).waitFor();
    expect(await panel.getByText('Saint Joseph Hospital', { exact: false }).count()).toBe(0);
    await expectAccessible(page, 'record after an upload');
    await page.context().close();
  });
});
