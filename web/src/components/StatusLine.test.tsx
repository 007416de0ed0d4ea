import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { fakeSession, OFFICES } from '../test/fixtures';
import { StatusLine } from './StatusLine';

const today = new Date(2025, 2, 14, 10, 30);

describe('StatusLine', () => {
  it('SEC-8: status line shows who is signed in, their role, office, access level and date', () => {
    const session = fakeSession({ permissions: { 'admin.staff': 'change' } });
    render(
      <StatusLine session={session} module="admin.staff" today={today} onSwitchOffice={vi.fn()} />,
    );
    const region = screen.getByRole('region', { name: 'Session status' });
    expect(within(region).getByTestId('status-user').textContent).toBe(
      'Avery Administrator (Administrator)',
    );
    expect((screen.getByLabelText('Office') as HTMLSelectElement).value).toBe(OFFICES.lexington.id);
    expect(within(region).getByTestId('status-access').textContent).toBe('Change');
    expect(within(region).getByTestId('status-date').textContent).toBe('Friday, March 14, 2025');
  });

  it('SEC-8: a page without a module shows a dash that reads as "Not applicable"', () => {
    render(
      <StatusLine session={fakeSession()} module={null} today={today} onSwitchOffice={vi.fn()} />,
    );
    const access = screen.getByTestId('status-access');
    expect(access.textContent).toBe('—Not applicable');
    expect(access.querySelector('[aria-hidden="true"]')?.textContent).toBe('—');
  });

  it('SEC-8: the access level and date follow the language', async () => {
    await i18n.changeLanguage('es');
    const session = fakeSession({ permissions: { audit: 'view' } });
    render(<StatusLine session={session} module="audit" today={today} onSwitchOffice={vi.fn()} />);
    expect(screen.getByTestId('status-access').textContent).toBe('Ver');
    expect(screen.getByTestId('status-date').textContent).toBe('viernes, 14 de marzo de 2025');
  });

  it('SEC-4: the office switcher lists only the offices granted to the user', () => {
    const session = fakeSession({ offices: [OFFICES.lexington, OFFICES.georgetown] });
    render(<StatusLine session={session} module={null} today={today} onSwitchOffice={vi.fn()} />);
    const options = within(screen.getByLabelText('Office')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Lexington Career Center',
      'Georgetown Career Center',
    ]);
    expect(screen.queryByRole('option', { name: 'London Career Center' })).toBeNull();
  });

  it('SEC-4: switching office calls back with the chosen office and announces the change', async () => {
    const onSwitchOffice = vi.fn(async () => OFFICES.georgetown);
    render(
      <StatusLine
        session={fakeSession()}
        module={null}
        today={today}
        onSwitchOffice={onSwitchOffice}
      />,
    );
    await userEvent.selectOptions(screen.getByLabelText('Office'), OFFICES.georgetown.id);
    expect(onSwitchOffice).toHaveBeenCalledWith(OFFICES.georgetown.id);
    const status = await screen.findByText('You are now working in Georgetown Career Center.');
    expect(status.closest('[role="status"]')).not.toBeNull();
  });
});
