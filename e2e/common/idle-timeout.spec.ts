import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  newPage,
  signIn,
} from '../support/browser';

describe('idle timeout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('SEC-5: warns before the session ends, lets the user stay, and after it ends keeps their unsaved input through signing in again', async () => {
    const { idleSeconds, warningSeconds } = inject('shortSession');
    const page = await newPage(browser, inject('shortSessionUrl'));
    await signIn(page, 'admin@demo.test');
    await page.goto('/admin/staff/new');
    await page.getByLabel('Name', { exact: true }).fill('Half-typed Person');

    const warning = page.getByRole('dialog', { name: /about to end/i });
    await warning.waitFor({ timeout: (idleSeconds - warningSeconds + 5) * 1000 });
    await expectAccessible(page, 'idle warning dialog');
    await warning.getByRole('button', { name: /stay signed in/i }).click();
    await warning.waitFor({ state: 'hidden' });

    const again = page.getByRole('dialog', { name: /sign in again/i });
    await again.waitFor({ timeout: (idleSeconds + 10) * 1000 });
    await expectAccessible(page, 're-sign-in dialog');
    await again.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await again.getByRole('button', { name: 'Sign in' }).click();
    await again.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/admin/staff/new');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Half-typed Person');
    await page.context().close();
  });
});
