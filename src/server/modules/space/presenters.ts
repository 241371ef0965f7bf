import type { StationKind } from '../../../common/domain.js';
import { effectiveLimit, type Limits, type SpaceRules, stationState } from '../../../common/space/rules.js';
import type { Help, SpaceSnapshot, StationView, Use } from '../../../common/space/schemas.js';
import type { HelpStatus, SpaceTicketStatus, UseStart } from '../../../common/space/vocabulary.js';
import type { HelpRow, SpaceFloor, UseRow } from './space-floor.js';

export function presentUse(u: UseRow, rules: SpaceRules, ticketCode: string | null): Use {
  return {
    id: u.id,
    stationId: u.stationId,
    startedAt: u.startedAt.toISOString(),
    endsAt: u.endsAt.toISOString(),
    limitMinutes: u.limitMinutes,
    normalLimitMinutes: u.normalLimitMinutes,
    shortened: u.limitMinutes < u.normalLimitMinutes,
    extensions: u.extensions,
    maxExtensions: rules.maxExtensions,
    extendMinutes: rules.extendMinutes,
    startedVia: u.startedVia as UseStart,
    ticketCode,
  };
}

export function presentHelp(h: HelpRow, floor: SpaceFloor): Help {
  const station = floor.stations.find((s) => s.id === h.stationId);
  const zone = floor.zones.find((z) => z.id === station?.zoneId);
  return {
    id: h.id,
    stationId: h.stationId,
    stationLabel: station?.label ?? '?',
    zoneCode: zone?.code ?? null,
    status: h.status as HelpStatus,
    raisedAt: h.raisedAt.toISOString(),
    acknowledgedAt: h.acknowledgedAt?.toISOString() ?? null,
  };
}

const limitFor = (limits: Limits, kind: StationKind, floor: SpaceFloor, rules: SpaceRules) => {
  const waiting = floor.waiting.filter((t) => t.kind === kind && t.status === 'waiting').length;
  const l = effectiveLimit(limits, kind, waiting, rules);
  return { minutes: l.minutes, normalMinutes: l.normalMinutes, shortened: l.shortened };
};

export function presentSnapshot(floor: SpaceFloor, rules: SpaceRules, limits: Limits, now: Date): SpaceSnapshot {
  const codeOf = (id: string | null) => floor.waiting.find((t) => t.id === id)?.code ?? null;
  const stations: StationView[] = floor.stations.map((s) => {
    const use = floor.uses.get(s.id);
    const help = floor.help.get(s.id);
    const offer = floor.offers.get(s.id);
    const zone = floor.zones.find((z) => z.id === s.zoneId);
    return {
      id: s.id,
      label: s.label,
      kind: s.kind,
      zone: zone ? { id: zone.id, code: zone.code, name: zone.name } : null,
      outOfOrder: s.outOfOrder,
      note: s.note,
      state: stationState(
        { outOfOrder: s.outOfOrder, endsAt: use?.endsAt ?? null, helpOpen: Boolean(help), offered: Boolean(offer) },
        now,
      ),
      use: use ? presentUse(use, rules, codeOf(use.ticketId)) : null,
      help: help ? presentHelp(help, floor) : null,
      offer: offer?.offerExpiresAt
        ? { ticketId: offer.id, code: offer.code, expiresAt: offer.offerExpiresAt.toISOString() }
        : null,
    };
  });
  return {
    serverTime: now.toISOString(),
    stations,
    helpQueue: [...floor.help.values()].map((h) => presentHelp(h, floor)),
    waiting: floor.waiting.map((t) => ({
      id: t.id,
      code: t.code,
      kind: t.kind as StationKind,
      status: t.status as SpaceTicketStatus,
      issuedAt: t.issuedAt.toISOString(),
      offeredStationLabel: floor.stations.find((s) => s.id === t.offeredStationId)?.label ?? null,
      offerExpiresAt: t.offerExpiresAt?.toISOString() ?? null,
    })),
    limits: { computer: limitFor(limits, 'computer', floor, rules), tablet: limitFor(limits, 'tablet', floor, rules) },
    rules,
  };
}

export { limitFor };
