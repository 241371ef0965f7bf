import type { Absence, Contract, RosterStaff } from '../../../common/roster/plan-schemas.js';
import type { rosterAbsences } from '../../db/schema/index.js';
import { type ContractRow, halfDaysFor, type StaffRow, weekdaysOf } from './staff.js';

export const presentContract = (c: ContractRow): Contract => ({
  hoursPerWeek: c.hoursPerWeek,
  halfDaysPerWeek: halfDaysFor(c.hoursPerWeek),
  workingWeekdays: weekdaysOf(c),
  maxDaysPerWeek: c.maxDaysPerWeek,
  maxConsecutiveDays: c.maxConsecutiveDays,
  partTime: c.hoursPerWeek < 38 || c.workingWeekdays.length < 5,
});

export const presentStaff = (s: StaffRow): RosterStaff => ({
  userId: s.userId,
  displayName: s.displayName,
  organisationId: s.organisationId,
  organisationSlug: s.organisationSlug,
  roles: s.roles,
  fields: s.fields,
  languages: s.languages,
  trainedOn: s.trainedOn,
  contract: s.contract ? presentContract(s.contract) : null,
});

export const presentAbsence = (a: typeof rosterAbsences.$inferSelect): Absence => ({
  id: a.id,
  userId: a.userId,
  from: a.fromDate,
  to: a.toDate,
  part: a.part as Absence['part'],
  kind: a.kind as Absence['kind'],
  createdAt: a.createdAt.toISOString(),
});
