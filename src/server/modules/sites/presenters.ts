import type { Language } from '../../../common/domain.js';
import type { Device } from '../../../common/schemas/sites/device.js';
import type { Organisation } from '../../../common/schemas/sites/organisation.js';
import type { Desk, Room, Station, Zone } from '../../../common/schemas/sites/places.js';
import type { Site } from '../../../common/schemas/sites/site.js';
import type { Staff } from '../../../common/schemas/sites/staff.js';
import type { Field, Role } from '../../../common/domain.js';
import type { devices, desks, organisations, rooms, sites, stations, users, zones } from '../../db/schema/index.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentSite = (r: typeof sites.$inferSelect): Site => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  address: r.address,
  timeZone: r.timeZone,
  languages: r.languages as Language[],
  fields: r.fields as Field[],
  openingHours: r.openingHours,
  timeLimits: r.timeLimits,
  branding: r.branding,
});

export const presentOrganisation = (r: typeof organisations.$inferSelect): Organisation => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  kind: r.kind as Organisation['kind'],
  website: r.website,
  fundingSharePercent: r.fundingSharePercent,
});

export const presentStaff = (r: typeof users.$inferSelect, siteRoles: { siteId: string; roles: Role[] }[]): Staff => ({
  id: r.id,
  displayName: r.displayName,
  email: r.email,
  organisationId: r.organisationId,
  preferredLanguage: r.preferredLanguage as Language,
  languages: r.languages as Language[],
  fields: r.fields as Field[],
  contractHours: r.contractHours,
  trainedOn: r.trainedOn,
  active: r.active,
  siteRoles,
  lastSignInAt: iso(r.lastSignInAt),
});

export const presentZone = (r: typeof zones.$inferSelect): Zone => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind as Zone['kind'],
});

export const presentDesk = (r: typeof desks.$inferSelect): Desk => ({
  id: r.id,
  number: r.number,
  label: r.label,
  zoneId: r.zoneId,
  active: r.active,
});

export const presentRoom = (r: typeof rooms.$inferSelect): Room => ({
  id: r.id,
  name: r.name,
  capacity: r.capacity,
  equipment: r.equipment as Room['equipment'],
  zoneId: r.zoneId,
  active: r.active,
});

export const presentStation = (r: typeof stations.$inferSelect): Station => ({
  id: r.id,
  label: r.label,
  kind: r.kind as Station['kind'],
  zoneId: r.zoneId,
  outOfOrder: r.outOfOrder,
  note: r.note,
});

export const presentDevice = (r: typeof devices.$inferSelect): Device => ({
  id: r.id,
  kind: r.kind as Device['kind'],
  label: r.label,
  stationId: r.stationId,
  status: r.status as Device['status'],
  codeExpiresAt: r.status === 'pending' ? iso(r.codeExpiresAt) : null,
  enrolledAt: iso(r.enrolledAt),
  lastSeenAt: iso(r.lastSeenAt),
  revokedAt: iso(r.revokedAt),
});
