import type { ActivityKey, CentreProblem, CentreStaff } from './centre-model.js';
import { activitiesOf, OPEN_DAYS_PER_WEEK, SLOTS_PER_DAY } from './centre-model.js';

export type ShortfallExplanation = {
  slot: number;
  rule: string;
  /** People with the skill/language the rule asks for. */
  qualified: number;
  onLeave: number;
  offThatDay: number;
  atWeeklyLimit: number;
  busyElsewhere: number;
};

type Assigned = { staff: string; slot: number; activity: ActivityKey };

const qualifies = (rule: string, person: CentreStaff): boolean => {
  const [kind, what] = rule.split(':');
  const speaks = (lang: string | undefined) => person.languages.some((l) => l === lang);
  if (kind === 'field') return activitiesOf(person).includes(`counselling:${what}` as ActivityKey);
  if (kind === 'floor') return person.role === 'counsellor' && speaks(what);
  if (kind === 'reception') return person.role === 'reception' && speaks(what);
  return person.role === 'steward';
};

/**
 * Why a coverage rule is not met in a slot: of the people who could fill it, how many are on leave,
 * off that weekday under their contract, already at their weekly half-days, or needed elsewhere.
 */
export const explainShortfall = (
  problem: CentreProblem,
  assignments: Assigned[],
  shortfall: { slot: number; rule: string },
): ShortfallExplanation => {
  const { slot, rule } = shortfall;
  const weekday = Math.floor(slot / SLOTS_PER_DAY) % OPEN_DAYS_PER_WEEK;
  const weekSlots = OPEN_DAYS_PER_WEEK * SLOTS_PER_DAY;
  const week = Math.floor(slot / weekSlots);
  const out: ShortfallExplanation = {
    slot,
    rule,
    qualified: 0,
    onLeave: 0,
    offThatDay: 0,
    atWeeklyLimit: 0,
    busyElsewhere: 0,
  };
  for (const person of problem.staff) {
    if (!qualifies(rule, person)) continue;
    out.qualified++;
    const mine = assignments.filter((a) => a.staff === person.id);
    if (person.unavailableSlots.includes(slot)) out.onLeave++;
    else if (!person.workingWeekdays.includes(weekday)) out.offThatDay++;
    else if (mine.some((a) => a.slot === slot)) out.busyElsewhere++;
    else if (mine.filter((a) => Math.floor(a.slot / weekSlots) === week).length >= person.halfDaysPerWeek) {
      out.atWeeklyLimit++;
    }
  }
  return out;
};

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The explanation as one sentence in the manager's language (keys in locales/<lang>/planning.json). */
export const describeShortfall = (t: Translate, e: ShortfallExplanation, when: string): string => {
  const [kind, what = ''] = e.rule.split(':');
  const reasons = (['onLeave', 'offThatDay', 'atWeeklyLimit', 'busyElsewhere'] as const)
    .filter((k) => e[k] > 0)
    .map((k) => t(`explain.reason.${k}`, { count: e[k] }));
  const subject =
    kind === 'field'
      ? t('explain.subject.field', { field: t(`fields.${what}`) })
      : kind === 'floor' || kind === 'reception'
        ? t(`explain.subject.${kind}`, { language: t(`languages.${what}`) })
        : t('explain.subject.steward');
  if (e.qualified === 0) return t('explain.nobody', { subject, when });
  return t('explain.sentence', {
    subject,
    when,
    reasons: reasons.join(t('explain.separator')) || t('explain.reason.none'),
  });
};
