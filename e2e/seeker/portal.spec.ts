import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser';

const PASSWORD = 'a long seeker passphrase';
const RESUMES = new URL('../../server/test-fixtures/resumes/', import.meta.url);

/** A different email on each run, so that runs against the same server do not collide. */
function runEmail(name: string): string {
  return `${name}.${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@example.com`;
}

/** Registers a job seeker through the portal's form; they are signed in afterwards. */
async function registerSeeker(page: Page, firstName: string, email: string): Promise<void> {
  await page.goto('/portal/register');
  await page.getByRole('heading', { level: 1, name: 'Create your OneStop account' }).waitFor();
  await page.getByLabel('First name', { exact: true }).fill(firstName);
  await page.getByLabel('Last name', { exact: true }).fill('Delgado');
  await page.getByLabel('Month', { exact: true }).selectOption('8');
  await page.getByLabel('Day', { exact: true }).fill('14');
  await page.getByLabel('Year', { exact: true }).fill('1986');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('heading', { level: 1, name: `Welcome, ${firstName}` }).waitFor();
}

const stepHeading = (page: Page, name: RegExp) =>
  page.getByRole('heading', { level: 2, name }).waitFor();

describe('the job seeker portal', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('SEEK-1, SEEK-7, SEEK-9, SEEK-10, SEEK-11: a job seeker registers, builds a resume with O*NET help, saves it searchable, downloads and emails it', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    const email = runEmail('rosa');

    // The staff sign-in points job seekers to their own; the portal points staff back.
    await page.goto('/login');
    await page.getByRole('link', { name: 'Job seeker? Sign in here' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to OneStop' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/login');
    expect(await page.getByRole('region', { name: 'Session status' }).count()).toBe(0);
    await expectAccessible(page, 'portal sign-in');
    expect(
      await page.getByRole('link', { name: /Career center staff\? Sign in/ }).getAttribute('href'),
    ).toBe('/login');

    await page.getByRole('main').getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your OneStop account' }).waitFor();
    await expectAccessible(page, 'registration');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter your first name.' }).waitFor();
    await expectAccessible(page, 'registration with errors');

    await registerSeeker(page, 'Rosa', email);
    await page.getByText('Your account is ready, and you are signed in.').waitFor();
    await page.getByText('You have not started a resume yet.', { exact: false }).waitFor();
    await expectAccessible(page, 'portal home, no resume yet');

    // SEEK-7: the guided path, prefilled from the registration.
    await page.getByRole('link', { name: 'Build my resume' }).click();
    await stepHeading(page, /1\s*of 7\s*Contact/);
    expect(await page.getByLabel('Email address', { exact: true }).inputValue()).toBe(email);
    await expectAccessible(page, 'resume builder: contact');
    await page.getByRole('button', { name: 'Next' }).click();

    await stepHeading(page, /2\s*of 7\s*Work history/);
    await page.getByRole('button', { name: 'Add a job' }).click();
    const title = page.getByRole('combobox', { name: 'Job title' });
    await title.pressSequentially('registered nurse', { delay: 20 });
    await page.getByRole('option', { name: /^Registered Nurse \(RN\)/ }).waitFor();
    await expectAccessible(page, 'job title suggestions');
    await page.getByRole('option', { name: /^Registered Nurse \(RN\)/ }).click();
    await page.getByText('Occupation: Registered Nurses (29-1141.00)').waitFor();
    await page.getByRole('button', { name: 'Build up my job description' }).click();
    const duties = page.getByLabel('What you did', { exact: true });
    await expect.poll(() => duties.inputValue()).not.toBe('');
    expect(await duties.getAttribute('spellcheck')).toBe('true');
    await page.getByLabel('Employer', { exact: true }).fill('Baptist Health Lexington');
    await page.getByLabel('Start date', { exact: true }).fill('06/2019');
    // USWDS draws its own checkbox over a visually hidden input: people click the label.
    await page.locator('label', { hasText: 'I work here now' }).click();
    await page.getByLabel('Pay', { exact: true }).fill('38.50');
    await page.getByLabel('Paid by the', { exact: true }).selectOption('hour');
    await expectAccessible(page, 'resume builder: work history');
    await page.getByRole('button', { name: 'Next' }).click();

    await stepHeading(page, /3\s*of 7\s*Education/);
    await page.getByRole('button', { name: 'Add a school' }).click();
    await page
      .getByLabel('School or program', { exact: true })
      .fill('Bluegrass Community and Technical College');
    await page.getByLabel('Level', { exact: true }).selectOption('associate');
    await page.getByLabel('Diploma, degree or certificate', { exact: true }).fill('ADN');
    await expectAccessible(page, 'resume builder: education');
    await page.getByRole('button', { name: 'Next' }).click();

    await stepHeading(page, /4\s*of 7\s*Licenses/);
    await page.getByRole('button', { name: 'Add a license or certificate' }).click();
    await page
      .getByLabel('Name of the license or certificate', { exact: true })
      .fill('Registered Nurse license');
    await page.getByRole('button', { name: 'Next' }).click();

    await stepHeading(page, /5\s*of 7\s*Skills/);
    const skill = page.getByLabel('Skill', { exact: true });
    await skill.fill('Patient care');
    await skill.press('Enter');
    await skill.fill('Electronic health records');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByRole('button', { name: 'Remove Patient care' }).waitFor();
    await expectAccessible(page, 'resume builder: skills');
    await page.getByRole('button', { name: 'Next' }).click();

    await stepHeading(page, /6\s*of 7\s*Summary/);
    await page.getByRole('button', { name: 'Draft a summary for me' }).click();
    const summary = page.getByLabel('Summary', { exact: true });
    await expect.poll(() => summary.inputValue()).toContain('Registered Nurse (RN)');
    await expectAccessible(page, 'resume builder: summary');
    await page.getByRole('button', { name: 'Next' }).click();

    // SEEK-9: the seeker chooses; SEEK-10: download and email once saved.
    await stepHeading(page, /7\s*of 7\s*Preview and save/);
    await page
      .getByRole('article')
      .getByText('— Baptist Health Lexington', { exact: false })
      .waitFor();
    await page.locator('label', { hasText: 'Let employers find my resume' }).click();
    await expectAccessible(page, 'resume builder: preview');
    await page.getByRole('button', { name: 'Save my resume' }).click();
    await page.getByText(/Your resume was saved on/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Rosa-Delgado-resume.pdf');
    await page.getByRole('button', { name: 'Email me the Word file' }).click();
    await page.getByText(`Your resume is on its way to ${email}.`, { exact: false }).waitFor();
    await expectAccessible(page, 'resume builder: saved');

    await page.getByRole('navigation').getByRole('link', { name: 'My home' }).click();
    const card = page.locator('.usa-card', {
      has: page.getByRole('heading', { name: 'My resume' }),
    });
    await card.getByText('Searchable', { exact: true }).waitFor();
    expect(await card.innerText()).toContain('It lists 1 job.');
    expect(await page.getByRole('link', { name: 'View my profile' }).getAttribute('href')).toBe(
      '/portal/profile',
    );
    await expectAccessible(page, 'portal home with a resume');

    // Every portal page in Spanish, accessible too.
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Le damos la bienvenida, Rosa' }).waitFor();
    await expectAccessible(page, 'portal home (es)');
    await page.getByRole('link', { name: 'Actualizar mi currículum' }).click();
    await stepHeading(page, /1\s*de 7\s*Contacto/);
    await expectAccessible(page, 'resume builder (es)');
    await page.getByRole('button', { name: 'English' }).click();

    // Signed out, a portal page asks for sign-in and then opens.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.goto('/portal/resume');
    await page.waitForURL(/\/portal\/login$/);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await stepHeading(page, /1\s*of 7\s*Contact/);
    expect(new URL(page.url()).pathname).toBe('/portal/resume');
    await page.context().close();
  });

  it('SEEK-8: a job seeker uploads a PDF resume, checks the draft, and only "Confirm and save" replaces the resume', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await registerSeeker(page, 'Marisol', runEmail('marisol'));
    await page.getByRole('link', { name: 'Upload a resume' }).click();
    await page.getByRole('heading', { level: 1, name: 'Upload a resume' }).waitFor();
    await page.getByText('Nothing replaces your current resume until', { exact: false }).waitFor();
    await expectAccessible(page, 'resume upload');

    // A file that is not a resume is refused with a reason.
    await page
      .locator('#resume-file')
      .setInputFiles(new URL('broken/random-bytes.pdf', RESUMES).pathname);
    await page.getByRole('button', { name: 'Upload and read my resume' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('#resume-file-error').count()).toBe(1);
    await expectAccessible(page, 'resume upload with an error');

    const pdf = new URL('files/01-warehouse-associate.pdf', RESUMES).pathname;
    await page.locator('#resume-file').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Upload and read my resume' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check the draft' }).waitFor();
    const draft = page.getByRole('article');
    await draft.getByText('Warehouse Associate', { exact: true }).waitFor();
    expect(await draft.getByRole('heading', { level: 3 }).innerText()).toBe('Darnell Whitfield');
    await expectAccessible(page, 'uploaded draft for review');

    // Leaving without confirming keeps the resume as it was.
    await page.goto('/portal/resume');
    await stepHeading(page, /1\s*of 7\s*Contact/);
    expect(await page.getByLabel('First name', { exact: true }).inputValue()).toBe('Marisol');

    await page.goto('/portal/resume/upload');
    await page.locator('#resume-file').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Upload and read my resume' }).click();
    await page.getByRole('button', { name: 'Confirm and save' }).click();
    await page.getByText('Your resume was saved from 01-warehouse-associate.pdf.').waitFor();
    const card = page.locator('.usa-card', {
      has: page.getByRole('heading', { name: 'My resume' }),
    });
    await expect.poll(() => card.innerText()).toContain('It lists 3 jobs.');
    await page.context().close();
  });

  it('the About page is public, linked from the footer, and credits O*NET as its license asks', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await page.goto('/portal/login');
    await page.getByRole('contentinfo').getByRole('link', { name: 'About OneStop' }).click();
    await page.getByRole('heading', { level: 1, name: 'About OneStop' }).waitFor();
    const text = await page.getByRole('main').innerText();
    expect(text).toContain(
      'This site incorporates information from O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
    );
    expect(text).toContain('OneStop has modified this information');
    await expectAccessible(page, 'about');
    await page.context().close();
  });
});
