import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from '../support/browser';

describe('a case manager at work', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('SEC-4: switches between the two offices granted, and the status line follows', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'casemanager@demo.test');
    const office = page.getByLabel('Office', { exact: true });
    const options = await office.locator('option').allInnerTexts();
    expect(options.sort()).toEqual(['Georgetown Career Center', 'Lexington Career Center']);
    const chosen = async () =>
      office.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text);
    expect(await chosen()).toBe('Lexington Career Center');
    await office.selectOption({ label: 'Georgetown Career Center' });
    await page.getByText('You are now working in Georgetown Career Center.').waitFor();
    await page.reload();
    await page.getByRole('region', { name: 'Session status' }).waitFor();
    expect(await chosen()).toBe('Georgetown Career Center');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Casey/);
    expect(await page.getByText('You are working in Georgetown Career Center.').count()).toBe(1);
    await expectAccessible(page, 'home after an office switch');
    await page.context().close();
  });

  it('SEC-2: sees no administration, and the administration pages do not open for them', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'casemanager@demo.test');
    const nav = page.getByRole('navigation', { name: /primary/i });
    await nav.waitFor();
    for (const name of ['Staff', 'Roles', 'Audit log']) {
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(0);
    }
    await page.goto('/admin/staff');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('link', { name: /add staff/i }).count()).toBe(0);
    await page.context().close();
  });
});
