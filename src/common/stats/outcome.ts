/**
 * The figures of the outcome sentence, in the centre's reporting style: "more than 10,000 visitors
 * received personal advice and more than 8,500 took part in collective activities". A count is
 * rounded down to a round figure (500s from 1,000, 50s from 100, 10s from 10) so the sentence is true
 * and discloses nothing below the threshold; below 10 it is not stated at all.
 */
export function reportingFigure(count: number): number | null {
  if (!Number.isFinite(count) || count < 10) return null;
  const step = count >= 1000 ? 500 : count >= 100 ? 50 : 10;
  const floor = Math.floor(count / step) * step;
  // "more than X" must be strictly true.
  return floor === count ? floor - step || null : floor;
}

export type OutcomeFigures = {
  from: string;
  to: string;
  /** People who received personal advice (counselling sessions, first legs only). */
  advised: number;
  /** Participants in collective activities (events attended). */
  collective: number;
  /** Uses of the digital space. */
  digital: number;
};

/** Which parts the sentence has, with their rounded figures; the wording lives in the locale catalogues. */
export function outcomeSentence(f: OutcomeFigures) {
  return {
    from: f.from,
    to: f.to,
    advised: reportingFigure(f.advised),
    collective: reportingFigure(f.collective),
    digital: reportingFigure(f.digital),
  };
}
export type OutcomeSentence = ReturnType<typeof outcomeSentence>;
