import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from '../support/browser';

/** Letters only, different on each run, so the business name stays a name. */
function runTag(): string {
  return Date.now()
    .toString(26)
    .split('')
    .map((c) => String.fromCharCode(97 + parseInt(c, 26)))
    .join('')
    .slice(-5)
    .replace(/^./, (c) => c.toUpperCase());
}

/** A FEIN with a prefix the IRS assigns (20–27), different on each run. */
function runFein(): string {
  const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
  return `${20 + Math.floor(Math.random() * 8)}-${digits}`;
}

async function jsonLdOf(page: Page): Promise<Record<string, unknown>> {
  const text = await page.locator('script[type="application/ld+json"]').first().textContent();
  return JSON.parse(text ?? '{}') as Record<string, unknown>;
}

describe('an employer registers, is approved, posts a job that staff approve, and it is on the public board', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('EMP-5, JOB-1: registration waits for the central office; the posting waits in "Approve postings"; the public page carries JobPosting JSON-LD', async () => {
    const tag = runTag();
    const business = `Capital${tag} Cabinets LLC`;
    const email = `owner.${tag.toLowerCase()}@cabinets.example`;
    const password = 'a long employer passphrase';
    const title = `Cabinet Assembler ${tag}`;
    const baseUrl = inject('baseUrl');

    // The employer registers and is signed in, waiting for approval (EMP-5).
    const employer = await newPage(browser, baseUrl);
    await employer.goto('/employer/register');
    await employer.getByRole('heading', { level: 1, name: 'Register your business' }).waitFor();
    await expectAccessible(employer, 'employer registration');
    await employer.getByRole('textbox', { name: /Legal name/ }).fill(business);
    await employer.getByRole('textbox', { name: /^FEIN/ }).fill(runFein());
    await employer.getByRole('textbox', { name: /ZIP code/ }).fill('40601');
    await employer.getByRole('textbox', { name: /First name/ }).fill('Dana');
    await employer.getByRole('textbox', { name: /Last name/ }).fill('Owner');
    await employer.getByRole('textbox', { name: /Work email/ }).fill(email);
    await employer.getByLabel(/^Password/).fill(password);
    await employer.getByRole('button', { name: 'Register', exact: true }).click();
    await employer.getByRole('heading', { level: 1, name: business }).waitFor();
    await employer
      .getByRole('heading', { name: 'Your registration is waiting for approval' })
      .waitFor();
    await expectAccessible(employer, 'employer home, waiting for approval');

    // The central office approves it.
    const central = await newPage(browser, baseUrl);
    await signIn(central, 'central@demo.test');
    await central.goto('/employers/approvals');
    await central.getByRole('heading', { level: 1, name: 'Approve employers' }).waitFor();
    await central.getByRole('button', { name: new RegExp(`^Approve ${business}`) }).click();
    const approve = central.getByRole('dialog', { name: `Approve ${business}?` });
    await approve
      .getByRole('combobox', { name: 'Office that will serve the employer' })
      .selectOption({ label: 'Lexington Career Center' });
    await approve.getByRole('button', { name: 'Approve' }).click();
    await central.getByText(new RegExp(`${business} \\(E-\\d+\\) was approved`)).waitFor();
    await central.context().close();

    // Now the employer posts a job (JOB-1).
    await employer.reload();
    await employer.getByRole('main').getByRole('link', { name: 'Post a job' }).click();
    await employer.getByRole('heading', { level: 1, name: 'Post a job' }).waitFor();
    await employer.getByRole('textbox', { name: /Job title/ }).fill(title);
    await employer
      .getByRole('textbox', { name: /Job description/ })
      .fill(
        'Assemble and finish kitchen cabinets in our Frankfort shop. Read tape measures; training provided.',
      );
    await expectAccessible(employer, 'employer posts a job');
    await employer.getByRole('button', { name: 'Send for approval' }).click();
    await employer.getByText(`“${title}” was sent for approval.`, { exact: false }).waitFor();
    await employer.getByRole('link', { name: title }).click();
    await employer.getByText('Career center staff are checking this posting.').waitFor();
    const postingId = employer.url().split('/').pop() ?? '';
    await expectAccessible(employer, 'employer posting, waiting');

    // A business services representative approves it in "Approve postings".
    const bsr = await newPage(browser, baseUrl);
    await signIn(bsr, 'bsr@demo.test');
    await bsr.goto('/postings/approvals');
    await bsr.getByRole('heading', { level: 1, name: 'Approve postings' }).waitFor();
    await expectAccessible(bsr, 'approve postings');
    await bsr.getByRole('button', { name: new RegExp(`^Approve ${title}`) }).click();
    await bsr.getByText(new RegExp(`${title} \\(.+\\) was approved and is open`)).waitFor();
    await bsr.context().close();

    // Anyone sees it on the public board, with schema.org JobPosting data.
    const visitor = await newPage(browser, baseUrl);
    await visitor.goto(`/jobs/${postingId}`);
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
    const jsonLd = await jsonLdOf(visitor);
    expect(jsonLd).toMatchObject({
      '@context': expect.stringMatching(/^https:\/\/schema\.org\/?$/),
      '@type': 'JobPosting',
      title,
      hiringOrganization: { '@type': 'Organization', name: business },
    });
    for (const property of ['description', 'datePosted', 'jobLocation', 'validThrough'])
      expect(jsonLd, property).toHaveProperty(property);
    await expectAccessible(visitor, 'public posting page');
    await visitor.context().close();

    await employer.reload();
    await employer.getByText('This posting is open.').waitFor();
    await employer.context().close();
  });
});
