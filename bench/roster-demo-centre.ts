import { LANGUAGES, type Language } from '../src/common/domain.js';
import { type CentreProblem, type CentreStaff, organisationShares } from '../src/common/roster/centre-model.js';
import { shiftsOf, slotHoursOf } from '../src/server/modules/roster/calendar.js';
import { seededRandom } from '../src/server/modules/roster/solver/neighbourhoods.js';
import { BRUSSELS_SITE, ORGANISATIONS } from '../src/server/seed/brussels.js';

const WEEKS = 4;
const DAYS = WEEKS * 5;
const PART_TIME_PATTERNS = [
  [0, 1, 2],
  [2, 3, 4],
  [0, 2, 4],
  [1, 3, 4],
];

/**
 * The demo centre's four weeks, built like the demo seed: the partners' 62 counsellors (languages and
 * fields drawn from each partner's profile, 30 % part-time), 4 receptionists, 4 stewards, about 5 % of
 * half-days on leave; Friday afternoons are the unpopular slots; the partners' funding shares are their
 * agreed shares of the hours.
 */
export const demoCentreProblem = (seed = 7): CentreProblem => {
  const random = seededRandom(seed);
  const staff: CentreStaff[] = [];
  const leave = () => {
    const out: number[] = [];
    for (let slot = 0; slot < DAYS * 2; slot++) if (random() < 0.05) out.push(slot);
    return out;
  };
  const contract = (partTime: boolean) => {
    const pattern = PART_TIME_PATTERNS[Math.floor(random() * PART_TIME_PATTERNS.length)] ?? [0, 1, 2];
    return partTime
      ? { halfDaysPerWeek: 5, maxDaysPerWeek: 3, workingWeekdays: pattern }
      : { halfDaysPerWeek: 9, maxDaysPerWeek: 5, workingWeekdays: [0, 1, 2, 3, 4] };
  };
  for (const org of ORGANISATIONS) {
    for (let i = 0; i < org.counsellors; i++) {
      const spoken = LANGUAGES.filter((l) => random() < org.speaks[l]);
      const languages: Language[] = spoken.length > 0 ? spoken : ['fr'];
      const fields = org.fields.filter((_, k) => k === i % org.fields.length || random() < 0.35);
      staff.push({
        id: `${org.slug}-${i + 1}`,
        organisation: org.slug,
        role: 'counsellor',
        fields,
        languages,
        ...contract(random() < 0.3),
        unavailableSlots: leave(),
      });
    }
  }
  const team = (role: 'reception' | 'steward', languages: Language[][]) =>
    languages.forEach((l, i) => {
      staff.push({
        id: `${role}-${i + 1}`,
        organisation: 'actiris',
        role,
        fields: [],
        languages: l,
        ...contract(false),
        unavailableSlots: leave(),
      });
    });
  team('reception', [
    ['nl', 'fr'],
    ['nl', 'fr', 'en'],
    ['fr', 'nl'],
    ['nl', 'fr', 'en'],
  ]);
  team('steward', [
    ['fr', 'en'],
    ['fr', 'nl'],
    ['fr', 'en'],
    ['fr', 'nl'],
  ]);
  const unpopularSlots = Array.from({ length: WEEKS }, (_, w) => (w * 5 + 4) * 2 + 1);
  return {
    days: DAYS,
    staff,
    coverage: {
      fields: BRUSSELS_SITE.fields,
      frenchOnFloor: 3,
      dutchOnFloor: 2,
      receptionFrench: 1,
      receptionDutch: 1,
      stewards: 2,
    },
    unpopularSlots,
    pins: [],
    organisationShares: organisationShares(
      ORGANISATIONS.map((o) => ({ organisation: o.slug, percent: o.fundingSharePercent })),
      staff,
    ),
    slotHours: slotHoursOf(shiftsOf(BRUSSELS_SITE.openingHours), DAYS),
  };
};
