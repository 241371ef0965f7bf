import { useQuery } from '@tanstack/react-query';
import type { DeviceKind } from '../../../common/domain.js';
import { isApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';

export type DeviceInfo = { id: string; kind: DeviceKind; label: string; siteSlug: string };

/** Who this device is; a revoked or unknown token is reported so the app can forget it. */
export function useDevice(token: string | null) {
  return useQuery({
    queryKey: ['device-me', token],
    enabled: token !== null,
    queryFn: () => api<DeviceInfo>('GET', '/api/devices/me', { bearer: token ?? '' }),
    retry: (count, error) => count < 5 && !isTokenRejected(error),
    retryDelay: (attempt) => Math.min(30_000, 1000 * 2 ** attempt),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function isTokenRejected(error: unknown): boolean {
  return (
    isApiError(error, 'device.revoked') ||
    isApiError(error, 'device.token_invalid') ||
    isApiError(error, 'auth.required')
  );
}
