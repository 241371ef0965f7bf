import type { VisitSettings } from '../../../common/visits/schemas.js';
import { replayWaits } from '../../../common/visits/wait-estimate.js';
import { estimateCounsellors, type Floor } from './floor.js';

/** Before any session has been measured, a session is expected to take this share of the time limit. */
export const defaultSessionMinutes = (limitMinutes: number) => Math.round(limitMinutes * 0.6);

export function floorEstimates(floor: Floor, now: number, settings: VisitSettings, defaultMinutes: number) {
  return floorReplay(floor, now, settings, defaultMinutes).estimates;
}

/** The estimates and where the replay leaves each counsellor (for newcomers placed without a replay). */
export function floorReplay(floor: Floor, now: number, settings: VisitSettings, defaultMinutes: number) {
  return replayWaits({
    now,
    waiting: floor.waiting,
    counsellors: estimateCounsellors(floor, now, defaultMinutes),
    meanMinutes: floor.meanMinutes,
    defaultMinutes,
    rules: { transferredFirst: settings.transferredFirst, ratios: settings.ratios },
    callsToday: floor.callsToday,
  });
}
