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
    const office = page.getByLabel('Office');
    const options = await office.locator('option').allInnerTexts();
    expect(options.sort()).toEqual(['Georgetown Career Center', 'Lexington Career Center']);
    await office.selectOption({ label: 'Georgetown Career Center' });
    const status = page.getByRole('region', { name: /status/i });
    await expect.poll(() => status.innerText()).toContain('Georgetown Career Center');
    await page.reload();
    await expect
      .poll(() => page.getByRole('region', { name: /status/i }).innerText())
      .toContain('Georgetown Career Center');
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
