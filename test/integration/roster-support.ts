/** Helpers for the staff-planning tests: a small site of its own, open Monday to Friday, with planned people. */
import { expect } from 'vitest';
import type { Field, Language, Role } from '../../src/common/domain.js';
import type { PlanDetail, PlanSummary } from '../../src/common/roster/plan-schemas.js';
import type { OpeningHours } from '../../src/common/schemas/shared.js';
import type { TestContext } from '../support/app.js';
import type { Client } from '../support/client.js';
import { makeOrganisation, makeSite } from '../support/factories.js';
import { clientFor, staffClient } from '../support/visits.js';

const DAY = { open: '09:00', close: '17:00' };
/** Wednesday closes at noon: no Wednesday afternoon shift. */
export const WEEKDAYS_OPEN: OpeningHours = {
  mon: [DAY],
  tue: [DAY],
  wed: [{ open: '09:00', close: '12:00' }],
  thu: [DAY],
  fri: [DAY],
  sat: [],
  sun: [],
};

export type Person = { id: string; client: Client; organisationId: string };
export type RosterSite = {
  id: string;
  slug: string;
  manager: Client;
  person: (roles: Role[], fields: Field[], languages: Language[], organisationId?: string) => Promise<Person>;
};

export async function makeRosterSite(t: TestContext, openingHours: OpeningHours = WEEKDAYS_OPEN): Promise<RosterSite> {
  const db = t.database.db;
  const site = await makeSite(db, { openingHours, fields: ['choose', 'train', 'work'] });
  const manager = (await staffClient(t, { roles: ['manager'], siteId: site.id })).client;
  const organisation = await makeOrganisation(db);
  const person = async (roles: Role[], fields: Field[], languages: Language[], organisationId = organisation.id) => {
    const { user } = await staffClient(t, { roles, siteId: site.id, fields, languages, organisationId });
    return { id: user.id, client: await clientFor(t.app, db, user.id), organisationId };
  };
  return { id: site.id, slug: site.slug, manager, person };
}

export const FULL_TIME = {
  hoursPerWeek: 38,
  workingWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  maxDaysPerWeek: 5,
  maxConsecutiveDays: 5,
};

export async function setContract(site: RosterSite, userId: string, contract: object = FULL_TIME) {
  const r = await site.manager.put(`/api/sites/${site.slug}/roster/staff/${userId}/contract`, contract);
  expect(r.statusCode, r.body).toBe(200);
}

/** The Monday `weeks` weeks after this one. */
export function mondayIn(weeks: number, now = new Date()): string {
  const day = (now.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day + 7 * weeks));
  return monday.toISOString().slice(0, 10);
}
export const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Waits until the plan's solve is over (a few seconds at most). */
export async function solved(client: Client, slug: string, planId: string, lang = 'en'): Promise<PlanDetail> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const r = await client.get(`/api/sites/${slug}/roster/plans/${planId}`, { 'accept-language': lang });
    expect(r.statusCode, r.body).toBe(200);
    const plan = r.json() as PlanDetail;
    if (plan.solve.status !== 'running') return plan;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the solve did not finish');
}

export async function solve(client: Client, slug: string, planId: string): Promise<PlanDetail> {
  const r = await client.post(`/api/sites/${slug}/roster/plans/${planId}/solve`, { timeLimitSeconds: 5 });
  expect(r.statusCode, r.body).toBe(202);
  expect((r.json() as PlanSummary).solve.status).toBe('running');
  return solved(client, slug, planId);
}
