import type { StationKind } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { SpaceDisplay, StationScreen } from '../../../common/space/schemas.js';
import type { Db } from '../../db/client.js';
import { DomainError } from '../../platform/errors.js';
import type { SiteRow } from '../sites/sites.service.js';
import { limitFor, presentHelp, presentSnapshot, presentUse } from './presenters.js';
import { getSpaceRules } from './settings.service.js';
import { freeStations, loadFloor } from './space-floor.js';

/** The steward's snapshot of the whole space. */
export async function spaceSnapshot(db: Db, site: SiteRow, siteId: SiteId, now = new Date()) {
  const [floor, rules] = await Promise.all([loadFloor(db, siteId), getSpaceRules(db, siteId)]);
  return presentSnapshot(floor, rules, site.timeLimits, now);
}

/** What one station's screen shows. */
export async function stationScreen(
  db: Db,
  site: SiteRow,
  siteId: SiteId,
  stationId: string,
  now = new Date(),
): Promise<StationScreen> {
  const [floor, rules] = await Promise.all([loadFloor(db, siteId), getSpaceRules(db, siteId)]);
  const station = floor.stations.find((s) => s.id === stationId);
  if (!station) throw new DomainError('station.not_linked');
  const use = floor.uses.get(stationId);
  const help = floor.help.get(stationId);
  const offer = floor.offers.get(stationId);
  return {
    serverTime: now.toISOString(),
    station: { id: station.id, label: station.label, kind: station.kind, outOfOrder: station.outOfOrder },
    use: use ? presentUse(use, rules, floor.waiting.find((t) => t.id === use.ticketId)?.code ?? null) : null,
    help: help ? presentHelp(help, floor) : null,
    offer: offer?.offerExpiresAt ? { code: offer.code, expiresAt: offer.offerExpiresAt.toISOString() } : null,
    limit: limitFor(site.timeLimits, station.kind as StationKind, floor, rules),
  };
}

/** The display board's digital-space panel: current offers and waiting counts. */
export async function spaceDisplay(db: Db, siteId: SiteId): Promise<SpaceDisplay> {
  const floor = await loadFloor(db, siteId);
  const offers = [...floor.offers.values()].flatMap((t) => {
    const station = floor.stations.find((s) => s.id === t.offeredStationId);
    if (!station || !t.offerExpiresAt) return [];
    const zone = floor.zones.find((z) => z.id === station.zoneId);
    return [
      {
        code: t.code,
        stationLabel: station.label,
        zoneCode: zone?.code ?? null,
        expiresAt: t.offerExpiresAt.toISOString(),
      },
    ];
  });
  const count = (kind: StationKind) => floor.waiting.filter((t) => t.kind === kind && t.status === 'waiting').length;
  return {
    offers,
    waiting: { computer: count('computer'), tablet: count('tablet') },
    free: { computer: freeStations(floor, 'computer').length, tablet: freeStations(floor, 'tablet').length },
  };
}
