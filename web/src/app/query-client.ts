import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'NETWORK' || error.isServerFault;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < 1 && isRetryable(error),
        // Every request resets the server's idle timer (SEC-5): reads happen only when the user acts,
        // so a tab left open on a shared desk still times out.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // A 5xx goes to the error boundary, which shows the request id for support.
        throwOnError: (error) => error instanceof ApiError && error.isServerFault,
      },
      mutations: { retry: false },
    },
  });
}
