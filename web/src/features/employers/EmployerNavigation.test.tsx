import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession, centralSession } from './employer-fixtures';

function navLinks() {
  const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
  return within(nav)
    .queryAllByRole('link')
    .map((link) => link.textContent);
}

describe('employer navigation', () => {
  it('SEC-2, EMP-5: Employers for those with View; Approve employers only for the central office', async () => {
    mockApi({});
    const bsr = renderApp({ session: bsrSession() });
    await screen.findByRole('heading', { level: 1 });
    expect(navLinks()).toContain('Employers');
    expect(navLinks()).not.toContain('Approve employers');
    bsr.unmount();

    renderApp({ session: centralSession() });
    await screen.findByRole('heading', { level: 1 });
    expect(navLinks()).toEqual(expect.arrayContaining(['Employers', 'Approve employers']));
  });
});
