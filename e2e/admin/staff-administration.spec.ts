import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from '../support/browser';

describe('an administrator manages staff and roles', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('SEC-6: creates an account on an approved request, edits it, deactivates it, and SEC-9: every change is in the audit log', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'admin@demo.test');
    await page
      .getByRole('navigation', { name: /primary/i })
      .getByRole('link', { name: 'Staff', exact: true })
      .click();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'staff list');

    await page.getByRole('link', { name: /add staff/i }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'new staff form');
    await page.getByRole('button', { name: /create/i }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'new staff form with errors');

    await page.getByLabel('Email', { exact: true }).fill('riley.new@demo.test');
    await page.getByLabel('Name', { exact: true }).fill('Riley Newcomb');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Case Manager' });
    // USWDS draws its own checkbox over a visually hidden input: people click the label.
    const tick = (name: string) =>
      page
        .locator('label')
        .filter({ hasText: new RegExp(`^${name}$`) })
        .click();
    await tick('London Career Center');
    await page
      .getByLabel('Default office', { exact: true })
      .selectOption({ label: 'London Career Center' });
    await tick('Program enrollment');
    await page.getByLabel(/access request/i).fill('REQ-2026-1101');
    await page.getByLabel(/initial password/i).fill('welcome-to-onestop-1');
    await page.getByRole('button', { name: /create/i }).click();
    await page.waitForURL(/\/admin\/staff\/[0-9a-f-]{36}/);
    await expect.poll(() => page.getByText('riley.new@demo.test').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'staff detail');

    const name = page.getByLabel('Name', { exact: true });
    await name.fill('Riley Newcomb-Smith');
    await page.getByRole('button', { name: 'Save changes' }).first().click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toContain('Riley Newcomb-Smith');

    await page.getByRole('button', { name: /deactivate/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/reason/i).fill('Access request withdrawn');
    await expectAccessible(page, 'deactivate dialog');
    await dialog.getByRole('button', { name: /deactivate/i }).click();
    await expect.poll(() => page.getByText(/inactive/i).count()).toBeGreaterThan(0);

    await page.goto('/admin/audit');
    await page.getByRole('table').waitFor();
    const log = page.getByRole('table');
    await expect.poll(() => log.innerText()).toContain('staff.deactivated');
    expect(await log.innerText()).toContain('staff.created');
    expect(await log.innerText()).toContain('staff.updated');
    await expectAccessible(page, 'audit log');
    await page.context().close();
  });

  it('SEC-2/SEC-3: edits a role’s module levels and withheld tabs in the permission matrix', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    await signIn(page, 'admin@demo.test');
    await page.goto('/admin/roles');
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'roles list');
    await page.getByRole('link', { name: 'Front Desk (new staff)' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'role editor');
    await page.getByLabel('Job seekers').selectOption('change');
    await page.getByRole('button', { name: /save/i }).click();
    await expect
      .poll(() => page.getByRole('status').or(page.getByRole('alert')).allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringMatching(/saved/i)]));
    await page.context().close();
  });
});
