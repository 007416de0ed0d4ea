import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from '../support/browser';

const STATEMENT =
  'This position is with a company currently involved with a labor dispute. This position is NOT part of the dispute and the person hired will NOT be replacing an employee involved with the labor dispute.';

describe('a posting at an employer in a labor dispute', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('JOB-11: the public posting carries the mandatory statement, no position at issue is on the board, and staff see the dispute on the employer', async () => {
    const page = await newPage(browser, inject('baseUrl'));
    // The demo's labor dispute is at Thoroughbred Automotive Components (assembly line workers).
    const found = await page.request.get('/api/v1/jobs?q=Thoroughbred+Automotive&pageSize=50');
    expect(found.status()).toBe(200);
    const { items } = (await found.json()) as {
      items: { id: string; employerName: string; occupation: { code: string } | null }[];
    };
    const atEmployer = items.filter((hit) =>
      hit.employerName.startsWith('Thoroughbred Automotive'),
    );
    expect(atEmployer.length).toBeGreaterThan(0);
    // 652.9: no order is taken for the positions at issue, so none is on the board.
    expect(atEmployer.filter((hit) => hit.occupation?.code === '51-2092.00')).toEqual([]);

    const first = atEmployer[0];
    await page.goto(`/jobs/${first?.id ?? ''}`);
    const notice = page.getByRole('region', { name: 'Labor dispute at this employer' });
    await notice.getByText(STATEMENT).waitFor();
    await expectAccessible(page, 'posting at an employer in a labor dispute');
    await page.context().close();

    // Staff see the dispute on the employer's record; the central office may verify or end it.
    const central = await newPage(browser, inject('baseUrl'));
    await signIn(central, 'central@demo.test');
    const detail = await central.request.get(`/api/v1/postings/${first?.id ?? ''}`);
    const employerId = ((await detail.json()) as { employer: { id: string } }).employer.id;
    await central.goto(`/employers/${employerId}`);
    const section = central.getByRole('region', { name: 'Labor disputes' });
    await section.getByText('Active', { exact: true }).waitFor();
    await section.getByText('Assembly line production workers').waitFor();
    expect(await section.getByRole('button', { name: /^Record the end/ }).count()).toBe(1);
    await expectAccessible(central, 'employer record with a labor dispute');
    await central.context().close();
  });
});
