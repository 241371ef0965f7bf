import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoverageRulesInput, CoverageRulesView, RosterStaff } from '../../../../common/roster/plan-schemas.js';
import { api } from '../../../api/client.js';
import { planKeys, rosterBase } from '../planning-api.js';

export const coverageKey = (slug: string) => ['roster', slug, 'coverage-rules'] as const;

export function useCoverageRules(slug: string) {
  return useQuery({
    queryKey: coverageKey(slug),
    queryFn: () => api<CoverageRulesView>('GET', `${rosterBase(slug)}/coverage-rules`),
  });
}

/**
 * Saves the site's rules. The body is what the form holds, unchecked: the server validates it and answers
 * with a message per field, so a bad value is explained next to its input.
 */
export function useSaveCoverageRules(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CoverageRulesInput | Record<string, unknown>) =>
      api<CoverageRulesView>('PUT', `${rosterBase(slug)}/coverage-rules`, { body }),
    onSuccess: (data) => {
      client.setQueryData(coverageKey(slug), data);
      return client.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

export function useSaveContract(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: Record<string, unknown> }) =>
      api<RosterStaff>('PUT', `${rosterBase(slug)}/staff/${userId}/contract`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.all }),
  });
}
