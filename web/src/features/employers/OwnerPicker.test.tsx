import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../app/query-client';
import { mockApi } from '../../test/mock-api';
import { OwnerPicker } from './OwnerPicker';

const SAM = {
  id: '00000000-0000-4000-8000-0000000000a5',
  email: 'supervisor@demo.test',
  displayName: 'Sam Patel',
  roleName: 'Supervisor',
};

describe('the colleague picker', () => {
  it('EMP-7: finds colleagues through the colleagues lookup, not the staff administration list', async () => {
    const api = mockApi({
      'GET /api/v1/colleagues': () => ({ body: { items: [SAM] } }),
    });
    const onPick = vi.fn();
    render(
      <QueryClientProvider client={createQueryClient()}>
        <OwnerPicker exclude={[]} busy={false} onPick={onPick} />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    await user.type(
      screen.getByRole('textbox', { name: /Find a colleague to add as an owner/ }),
      'patel',
    );
    await user.click(screen.getByRole('button', { name: 'Find staff' }));
    await user.click(await screen.findByRole('radio', { name: /Sam Patel/ }));
    await user.click(screen.getByRole('button', { name: 'Add as owner' }));
    expect(onPick).toHaveBeenCalledWith(SAM);
    expect(api.requests.map((r) => `${r.path}${r.url.search}`)).toEqual([
      '/api/v1/colleagues?q=patel',
    ]);
  });
});
