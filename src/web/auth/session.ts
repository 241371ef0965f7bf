import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../common/schemas/auth.js';
import { isApiError } from '../api/api-error.js';
import { api, setCsrfToken } from '../api/client.js';

export const ME_KEY = ['me'] as const;

/** The signed-in person, or null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('GET', '/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api<Me>('POST', '/api/auth/login', { body }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      client.setQueryData(ME_KEY, me);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>('POST', '/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(undefined);
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}
