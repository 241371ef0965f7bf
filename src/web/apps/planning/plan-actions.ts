import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AbsenceInput,
  PinInput,
  PlanAssignment,
  PlanSummary,
  SolveInput,
} from '../../../common/roster/plan-schemas.js';
import { api } from '../../api/client.js';
import { planKeys, rosterBase } from './planning-api.js';

/** The manager's writes on a plan; each one re-reads the planning queries when it lands. */
export function usePlanActions(slug: string) {
  const client = useQueryClient();
  const base = rosterBase(slug);
  const onSuccess = () => client.invalidateQueries({ queryKey: planKeys.all });
  return {
    create: useMutation({
      mutationFn: async (period: { from: string; to: string }) => {
        const plan = await api<PlanSummary>('POST', `${base}/plans`, { body: period });
        return api<PlanSummary>('POST', `${base}/plans/${plan.id}/solve`, { body: {} satisfies SolveInput });
      },
      onSuccess,
    }),
    solve: useMutation({
      mutationFn: (id: string) => api<PlanSummary>('POST', `${base}/plans/${id}/solve`, { body: {} }),
      onSuccess,
    }),
    cancel: useMutation({
      mutationFn: (id: string) => api<PlanSummary>('POST', `${base}/plans/${id}/cancel`),
      onSuccess,
    }),
    publish: useMutation({
      mutationFn: (id: string) => api<PlanSummary>('POST', `${base}/plans/${id}/publish`),
      onSuccess,
    }),
    pin: useMutation({
      mutationFn: ({ id, pin }: { id: string; pin: PinInput }) =>
        api<PlanAssignment>('POST', `${base}/plans/${id}/pins`, { body: pin }),
      onSuccess,
    }),
    unpin: useMutation({
      mutationFn: ({ id, assignmentId }: { id: string; assignmentId: string }) =>
        api<PlanAssignment>('DELETE', `${base}/plans/${id}/pins/${assignmentId}`),
      onSuccess,
    }),
    /** A sick day: the absence, then a re-plan of the published plan that changes as little as possible. */
    sickDay: useMutation({
      mutationFn: async ({ id, userId, absence }: { id: string; userId: string; absence: AbsenceInput }) => {
        await api('POST', `${base}/staff/${userId}/absences`, { body: absence });
        return api<PlanSummary>('POST', `${base}/plans/${id}/replan`, { body: {} });
      },
      onSuccess,
    }),
  };
}
export type PlanActions = ReturnType<typeof usePlanActions>;
