import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskState } from '../../../common/visits/schemas.js';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { deskKey, queuesKey, sitePath } from '../../api/visits-api.js';

export type DeskAction = { path: string; method?: 'POST' | 'PUT'; body?: unknown; done: (code: string) => string };

/** The desk's state, and one way to act on it that announces the result and re-syncs on a stale action. */
export function useDesk(slug: string) {
  const { t } = useTranslation('visits');
  const client = useQueryClient();
  const [announcement, setAnnouncement] = useState('');
  const state = useQuery({
    queryKey: deskKey(slug),
    queryFn: () => api<DeskState>('GET', `${sitePath(slug)}/desk`),
    refetchInterval: 30_000,
  });
  const act = useMutation({
    mutationFn: ({ path, method = 'POST', body }: DeskAction) =>
      api<unknown>(method, `${sitePath(slug)}/desk${path}`, body === undefined ? {} : { body }),
    onSuccess: (result, action) => {
      if (isDeskState(result)) client.setQueryData(deskKey(slug), result);
      const nobody = isCallNext(result) && result.ticket === null;
      setAnnouncement(nobody ? t('desk.nobodyWaiting') : action.done(codeOf(result)));
      void client.invalidateQueries({ queryKey: deskKey(slug) });
      void client.invalidateQueries({ queryKey: queuesKey(slug) });
    },
    onError: (error) => {
      setAnnouncement('');
      if (error instanceof ApiError && error.status === 409) void client.invalidateQueries({ queryKey: deskKey(slug) });
    },
  });
  return { state, act, announcement };
}

function isDeskState(value: unknown): value is DeskState {
  return typeof value === 'object' && value !== null && 'recallLimit' in value;
}
function isCallNext(value: unknown): value is { ticket: { code: string } | null } {
  return typeof value === 'object' && value !== null && 'ticket' in value;
}
function codeOf(result: unknown): string {
  if (isCallNext(result)) return result.ticket?.code ?? '';
  if (typeof result === 'object' && result !== null && 'code' in result) return String(result.code);
  return '';
}
