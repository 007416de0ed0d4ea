import type { SessionInfo } from '@onestop/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { AppRoutes } from '../../app/AppRoutes';
import { createQueryClient } from '../../app/query-client';
import { SessionProvider } from '../session/SessionProvider';

/** Shows the router's address, which the app never otherwise exposes in a test. */
function AddressProbe() {
  const location = useLocation();
  return <output data-testid="address">{`${location.pathname}${location.search}`}</output>;
}

/** The whole app at `path`, with the address shown, for tests about where a page leads. */
export function renderWithAddress(path: string, session: SessionInfo) {
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  return render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider initialSession={session}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <AddressProbe />
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}
