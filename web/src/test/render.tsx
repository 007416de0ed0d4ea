import type { SessionInfo } from '@onestop/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { AppRoutes } from '../app/AppRoutes';
import { createQueryClient } from '../app/query-client';
import { SessionProvider } from '../features/session/SessionProvider';

/** The whole app at `path`, signed in as `session` (or probing the server when none is given). */
export function renderApp({
  path = '/',
  session,
  reloadHome,
}: {
  path?: string;
  session?: SessionInfo;
  reloadHome?: () => void;
} = {}) {
  // The app's own defaults, less the retry, so a failing request fails at once.
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  return render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider initialSession={session} reloadHome={reloadHome}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}
