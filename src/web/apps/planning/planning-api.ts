import { useQuery } from '@tanstack/react-query';
import type {
  Availability,
  CheckIn,
  Feed,
  LiveCoverage,
  MyPlan,
  PlanDetail,
  PlanDiff,
  PlanSummary,
  RosterStaff,
} from '../../../common/roster/plan-schemas.js';
import { api } from '../../api/client.js';
import { useLanguage } from '../../i18n/use-language.js';

/** Paths and query keys of the staff-planning API (routes listed in src/common/roster/plan-schemas.ts). */
export const rosterBase = (slug: string) => `/api/sites/${encodeURIComponent(slug)}/roster`;

export const planKeys = {
  all: ['roster'] as const,
  plans: (slug: string) => ['roster', slug, 'plans'] as const,
  plan: (slug: string, id: string) => ['roster', slug, 'plan', id] as const,
  diff: (slug: string, id: string) => ['roster', slug, 'diff', id] as const,
  staff: (slug: string) => ['roster', slug, 'staff'] as const,
  live: (slug: string) => ['roster', slug, 'live'] as const,
  myPlan: (slug: string, from: string, to: string) => ['roster', slug, 'me', 'plan', from, to] as const,
  myAvailability: (slug: string) => ['roster', slug, 'me', 'availability'] as const,
  myFeed: (slug: string) => ['roster', slug, 'me', 'feed'] as const,
  myCheckIn: (slug: string) => ['roster', slug, 'me', 'check-in'] as const,
};

export function usePlans(slug: string) {
  return useQuery({
    queryKey: planKeys.plans(slug),
    queryFn: async () => (await api<{ plans: PlanSummary[] }>('GET', `${rosterBase(slug)}/plans`)).plans,
  });
}

/**
 * One plan with its assignments, explained gaps, people and shifts; re-read every 2 s while it solves.
 * The gaps are explained in the request's language, so the language is part of the key. A language left
 * behind is forgotten at once (`gcTime: 0`): switching back reads the plan again instead of showing an older
 * version of it (before the last pins or solve), and meanwhile the plan just shown stays on screen.
 */
export function usePlan(slug: string, id: string | undefined) {
  const { current } = useLanguage();
  return useQuery({
    queryKey: [...planKeys.plan(slug, id ?? ''), current],
    queryFn: () => api<PlanDetail>('GET', `${rosterBase(slug)}/plans/${id}`),
    enabled: Boolean(id),
    gcTime: 0,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === id ? previous : undefined),
    refetchInterval: (query) => (query.state.data?.solve.status === 'running' ? 2000 : false),
  });
}

export function usePlanDiff(slug: string, id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.diff(slug, id ?? ''),
    queryFn: () => api<PlanDiff>('GET', `${rosterBase(slug)}/plans/${id}/diff`),
    enabled: Boolean(id) && enabled,
  });
}

export function useRosterStaff(slug: string) {
  return useQuery({
    queryKey: planKeys.staff(slug),
    queryFn: async () => (await api<{ staff: RosterStaff[] }>('GET', `${rosterBase(slug)}/staff`)).staff,
  });
}

/** Who is planned and who is on site now; refreshed by check-in events and every minute. */
export function useLiveCoverage(slug: string) {
  return useQuery({
    queryKey: planKeys.live(slug),
    queryFn: () => api<LiveCoverage>('GET', `${rosterBase(slug)}/live`),
    refetchInterval: 60_000,
  });
}

export function useMyPlan(slug: string, from: string, to: string) {
  return useQuery({
    queryKey: planKeys.myPlan(slug, from, to),
    queryFn: () => api<MyPlan>('GET', `${rosterBase(slug)}/me/plan?from=${from}&to=${to}`),
  });
}

export function useMyAvailability(slug: string) {
  return useQuery({
    queryKey: planKeys.myAvailability(slug),
    queryFn: () => api<Availability>('GET', `${rosterBase(slug)}/me/availability`),
  });
}

export function useMyFeed(slug: string) {
  return useQuery({
    queryKey: planKeys.myFeed(slug),
    queryFn: () => api<Feed>('GET', `${rosterBase(slug)}/me/feed`),
  });
}

export function useMyCheckIn(slug: string) {
  return useQuery({
    queryKey: planKeys.myCheckIn(slug),
    queryFn: () => api<CheckIn>('GET', `${rosterBase(slug)}/me/check-in`),
  });
}
