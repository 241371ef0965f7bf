import { eq } from 'drizzle-orm';
import type { Field } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { CoverageRulesInput, CoverageRulesView } from '../../../common/roster/plan-schemas.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { rosterCoverage } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { plannedStaff, type StaffRow } from './staff.js';

/** Until a manager saves rules: every field of the site, one French and one Dutch speaker everywhere. */
export const defaultCoverage = (site: SiteRow): CoverageRulesInput => ({
  fields: site.fields as Field[],
  frenchOnFloor: 1,
  dutchOnFloor: 1,
  receptionFrench: 1,
  receptionDutch: 1,
  stewards: 1,
  unpopular: [{ weekday: 'fri', part: 'afternoon' }],
  targets: {},
});

export async function coverageRules(db: DbOrTx, site: SiteRow, siteId: SiteId): Promise<CoverageRulesView> {
  const [row] = await db.select().from(rosterCoverage).where(eq(rosterCoverage.siteId, siteId));
  return row ? { ...row.rules, updatedAt: row.updatedAt.toISOString() } : { ...defaultCoverage(site), updatedAt: null };
}

/** Each rule with the most people it asks for in any half-day, and how many people could do it. */
export function coverageDemands(rules: CoverageRulesInput, staff: StaffRow[]) {
  const most = (key: 'frenchOnFloor' | 'dutchOnFloor' | 'stewards') =>
    Math.max(rules[key], rules.targets.morning?.[key] ?? 0, rules.targets.afternoon?.[key] ?? 0);
  const count = (role: StaffRow['roles'][number], ok: (s: StaffRow) => boolean = () => true) =>
    staff.filter((s) => s.roles.includes(role) && ok(s)).length;
  const speaks = (lang: 'fr' | 'nl') => (s: StaffRow) => s.languages.includes(lang);
  return [
    ...rules.fields.map((f) => ({
      field: 'fields',
      rule: `field:${f}`,
      needed: 1,
      available: count('counsellor', (s) => s.fields.includes(f)),
    })),
    {
      field: 'frenchOnFloor',
      rule: 'floor:fr',
      needed: most('frenchOnFloor'),
      available: count('counsellor', speaks('fr')),
    },
    {
      field: 'dutchOnFloor',
      rule: 'floor:nl',
      needed: most('dutchOnFloor'),
      available: count('counsellor', speaks('nl')),
    },
    {
      field: 'receptionFrench',
      rule: 'reception:fr',
      needed: rules.receptionFrench,
      available: count('reception', speaks('fr')),
    },
    {
      field: 'receptionDutch',
      rule: 'reception:nl',
      needed: rules.receptionDutch,
      available: count('reception', speaks('nl')),
    },
    { field: 'stewards', rule: 'stewards', needed: most('stewards'), available: count('steward') },
  ];
}

/** Saves a site's rules; a rule asking for more people than the staff has is refused with its numbers. */
export async function setCoverageRules(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  input: CoverageRulesInput,
): Promise<CoverageRulesView> {
  return db.transaction(async (tx) => {
    const staff = await plannedStaff(tx, siteId);
    const over = coverageDemands(input, staff).find((d) => d.needed > d.available);
    if (over) {
      throw new DomainError('roster.coverage_exceeds_staff', {
        params: { rule: over.rule, needed: over.needed, available: over.available },
        fieldErrors: [
          { field: over.field, code: 'exceeds_staff', params: { needed: over.needed, available: over.available } },
        ],
      });
    }
    const rules = { ...input, fields: [...new Set(input.fields)] };
    const [row] = await tx
      .insert(rosterCoverage)
      .values({ siteId, rules })
      .onConflictDoUpdate({ target: rosterCoverage.siteId, set: { rules, updatedAt: new Date() } })
      .returning();
    await recordAudit(tx, actor, { action: 'roster.coverage', targetType: 'site', targetId: siteId, siteId });
    await recordEvent(tx, siteId, 'roster.changed', { planId: null, kind: 'rules' });
    return { ...rules, updatedAt: row?.updatedAt.toISOString() ?? null };
  });
}
