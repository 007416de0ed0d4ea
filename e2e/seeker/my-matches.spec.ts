import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  newPage,
  signIn,
} from '../support/browser';

const SEEKER = 'seeker@demo.test';

describe('star-rated matches', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('MATCH-1: the demo seeker opens My matches, sees stars and why, in English and Spanish', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await page.goto('/portal');
    await page.getByRole('heading', { level: 1, name: 'Sign in to OneStop' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill(SEEKER);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'My matches' }).click();
    await page.getByRole('heading', { level: 1, name: 'My matches' }).waitFor();

    const count = page.getByRole('heading', { level: 2, name: /^\d+ match(es)?$/ });
    await count.waitFor();
    expect(Number((await count.innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
    const first = page.locator('.usa-collection__item').first();
    await first.getByText(/^[1-5] of 5 stars$/).waitFor({ state: 'attached' });
    expect(await first.locator('.usa-collection__heading a').getAttribute('href')).toMatch(
      /^\/portal\/jobs\//,
    );

    await first.getByRole('button', { name: 'Why these stars' }).click();
    const why = first.getByRole('list', { name: 'What the rating looked at' });
    await why.waitFor();
    expect(await why.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await why.getByText(/occupation/i).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'my matches, explanation open');

    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mis coincidencias' }).waitFor();
    const porQue = first.getByRole('list', { name: 'Lo que se tuvo en cuenta' });
    await porQue
      .getByText(/ocupación/i)
      .first()
      .waitFor();
    await expectAccessible(page, 'my matches (es)');
    await page.getByRole('button', { name: 'English' }).click();
    await page.context().close();
  });

  it('MATCH-1: a business services representative sees an open posting’s best candidates', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'bsr@demo.test');
    await page.goto('/job-search?q=nurse&zip=40505&radiusMiles=50');
    await page.getByRole('heading', { level: 1, name: 'Job search' }).waitFor();
    const result = page.locator('.usa-collection__heading a').first();
    await result.waitFor();
    await result.click();
    await page.waitForURL(/\/postings\//);
    const candidates = page.getByRole('region', { name: 'Best candidates' });
    await candidates.waitFor();
    await candidates.getByText(/job seekers? compared/).waitFor();
    const seekers = candidates.locator('.usa-collection__item');
    expect(await seekers.count()).toBeGreaterThan(0);
    expect(await seekers.first().locator('a').first().getAttribute('href')).toMatch(/^\/seekers\//);
    await seekers.first().getByRole('button', { name: 'Why these stars' }).click();
    await seekers.first().getByRole('list', { name: 'What the rating looked at' }).waitFor();
    await expectAccessible(page, 'posting record with best candidates');
    await page.context().close();
  });
});
