import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  newPage,
  signIn,
} from '../support/browser';

const SEEKER = 'seeker@demo.test';

/** The "N jobs" heading of a search, once the results are in. */
async function resultCount(page: Page): Promise<number> {
  const heading = page.getByRole('heading', {
    level: 2,
    name: /^(\d[\d,]*|More than [\d,]+) jobs?$/,
  });
  await heading.waitFor();
  return Number((await heading.innerText()).replace(/\D/g, ''));
}

async function searchForklifts(page: Page): Promise<void> {
  await page.getByLabel('Keywords', { exact: true }).fill('forklift');
  await page.getByLabel('ZIP code', { exact: true }).fill('40601');
  expect(await page.getByLabel('Distance', { exact: true }).inputValue()).toBe('25');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/[?&]q=forklift/);
  // The earlier results stay until the new ones come: those have the word marked.
  await page.locator('.usa-collection mark').first().waitFor();
  await page.locator('section[aria-busy="false"]').waitFor();
}

const firstResult = (page: Page) => page.locator('.usa-collection__heading a').first();

describe('job search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('SEEK-11: a visitor searches the public board and opens a posting; the seeker saves a search with daily email and a job, and finds both', async () => {
    const page = await newPage(browser, inject('baseUrl'));

    // The public board: no sign-in.
    await page.goto('/jobs');
    await page.getByRole('heading', { level: 1, name: 'Find a job' }).waitFor();
    await expectAccessible(page, 'public job board');
    await searchForklifts(page);
    expect(new URL(page.url()).searchParams.get('zip')).toBe('40601');
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await page.locator('.usa-collection mark').count()).toBeGreaterThan(0);
    expect(await page.getByText(/miles away$/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'public job board results');

    const title = (await firstResult(page).innerText()).trim();
    await firstResult(page).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'How to apply' }).waitFor();
    // Opened straight from its address, the page carries the posting's JSON-LD for search engines.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const jsonLd = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) =>
        scripts.map((s) => JSON.parse(s.textContent ?? '{}') as Record<string, unknown>),
      );
    expect(jsonLd).toHaveLength(1);
    expect(jsonLd[0]?.['@type']).toBe('JobPosting');
    expect(jsonLd[0]?.title).toBe(title);
    await expectAccessible(page, 'public posting');

    // Back returns to the same search.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Find a job' }).waitFor();
    expect(await page.getByLabel('Keywords', { exact: true }).inputValue()).toBe('forklift');
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // Signing in from the posting comes back to it, in the portal, where it can be saved.
    await page.getByRole('link', { name: 'Sign in to save this job' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to OneStop' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill(SEEKER);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/portal\/jobs\//);
    await page.getByRole('button', { name: 'Save this job' }).click();
    await page.getByRole('button', { name: 'Remove from saved jobs' }).waitFor();
    await expectAccessible(page, 'portal posting, saved');

    // The seeker's search: forklift within 25 miles of Frankfort, saved with the daily email.
    await page.getByRole('navigation').getByRole('link', { name: 'Find jobs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a job' }).waitFor();
    await searchForklifts(page);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await expectAccessible(page, 'portal job search');
    const searchName = `Forklift near Frankfort ${Date.now().toString(36)}`;
    await page.getByRole('button', { name: 'Save this search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this search' });
    await dialog.getByLabel('Name', { exact: true }).fill(searchName);
    expect(await dialog.getByLabel(/Email me new jobs daily/).isChecked()).toBe(true);
    await expectAccessible(page, 'save search dialog');
    await dialog.getByRole('button', { name: 'Save search' }).click();
    await page.getByText(`Search saved as “${searchName}”.`).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Saved jobs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved jobs and searches' }).waitFor();
    await page.getByRole('link', { name: title }).first().waitFor();
    const search = page.locator('.usa-collection__item', {
      has: page.getByRole('heading', { level: 3, name: searchName }),
    });
    await search.getByText('Daily email on').waitFor();
    expect(await search.getByRole('link', { name: 'See the jobs' }).getAttribute('href')).toContain(
      'q=forklift',
    );
    await expectAccessible(page, 'saved jobs and searches');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Empleos y búsquedas guardados' }).waitFor();
    await expectAccessible(page, 'saved jobs and searches (es)');
    await page.getByRole('button', { name: 'English' }).click();
    await page.context().close();
  });

  it('SEEK-11: staff search the board; an administrator reads the mail outbox', async () => {
    // Something in the outbox to read: the seeker emails themselves their resume (SEEK-10).
    const seeker = await newPage(browser, inject('baseUrl'));
    await seeker.goto('/portal/login');
    await seeker.getByLabel('Email', { exact: true }).fill(SEEKER);
    await seeker.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await seeker.getByRole('button', { name: 'Sign in' }).click();
    await seeker.getByRole('button', { name: 'Email me the PDF' }).click();
    await seeker.getByText(`Your resume is on its way to ${SEEKER}.`, { exact: false }).waitFor();
    await seeker.context().close();

    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'admin@demo.test');
    await page.getByRole('navigation').getByRole('link', { name: 'Job search' }).click();
    await page.getByRole('heading', { level: 1, name: 'Job search' }).waitFor();
    await searchForklifts(page);
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await firstResult(page).getAttribute('href')).toMatch(/^\/postings\//);
    await expectAccessible(page, 'staff job search');

    await page.getByRole('navigation').getByRole('link', { name: 'Mail outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
    await page.getByLabel('Recipient', { exact: true }).fill(SEEKER);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/[?&]to=seeker/);
    const message = page.getByRole('table').getByRole('link', { name: 'Your resume from OneStop' });
    await message.first().waitFor();
    await expectAccessible(page, 'mail outbox');
    await message.first().click();
    await page.getByRole('heading', { level: 1, name: 'Your resume from OneStop' }).waitFor();
    expect(await page.locator('pre').innerText()).toContain(
      'Your resume is attached, as you asked.',
    );
    await page.getByText(/\.pdf$/).waitFor();
    await expectAccessible(page, 'outbox message');
    await page.context().close();
  });
});
