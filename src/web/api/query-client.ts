import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.js';

/** Retries only network failures and 5xx, never a 4xx the person must fix. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}
