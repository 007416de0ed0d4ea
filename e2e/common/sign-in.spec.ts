import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from '../support/browser';

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('SEC-5: a visitor is sent to sign in; a wrong password is explained; the right one opens the staff home', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await page.goto('/admin/staff');
    await page.waitForURL(/\/login/);
    await expectAccessible(page, 'sign-in page');

    await page.getByLabel('Email').fill('casemanager@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('not-my-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByText(/email or password is not right/i).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, 'sign-in page with an error');

    await page.getByLabel('Password', { exact: true }).fill('demo-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectAccessible(page, 'staff home');
    await page.context().close();
  });

  it('SEC-8: the status line shows who is signed in, the office, the access level on the page, and today’s date', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'supervisor@demo.test');
    await page.goto('/admin/staff');
    const status = page.getByRole('region', { name: 'Session status' });
    await expect.poll(() => status.innerText()).toContain('Sam Patel');
    const text = await status.innerText();
    expect(text).toMatch(/Access on this page\s+View/);
    const office = status.getByLabel('Office', { exact: true });
    expect(await office.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
      'Lexington Career Center',
    );
    const today = new Date().toLocaleDateString('en-US', {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    expect(text).toContain(today);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await status.innerText()).toMatch(/Access on this page\s+—/);
    await page.context().close();
  });

  it('offers every page in Spanish, and the Spanish pages are accessible too', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'admin@demo.test');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expectAccessible(page, 'staff home (es)');
    for (const path of ['/admin/staff', '/admin/roles', '/admin/audit']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page, `${path} (es)`);
    }
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });
});
