import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.js';

export function useList<T>(url: string) {
  return useQuery({ queryKey: ['admin', url], queryFn: () => api<T[]>('GET', url) });
}

export function useSave<T>(listUrl: string, method: 'POST' | 'PATCH', url: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api<T>(method, url, { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['admin', listUrl] }),
  });
}
