import type { DeviceKind, Role } from '../../../common/domain.js';
import type { OrganisationId, SiteId, UserId } from '../../../common/ids.js';

export type StaffPrincipal = {
  kind: 'staff';
  userId: UserId;
  organisationId: OrganisationId;
  displayName: string;
  /** Roles per site id. */
  roles: ReadonlyMap<string, readonly Role[]>;
  session: { tokenHash: string; csrfToken: string };
};

export type DevicePrincipal = {
  kind: 'device';
  deviceId: string;
  siteId: SiteId;
  deviceKind: DeviceKind;
  stationId: string | null;
};

export type Principal = StaffPrincipal | DevicePrincipal;

export const hasRole = (p: StaffPrincipal, siteId: string, ...roles: Role[]) =>
  (p.roles.get(siteId) ?? []).some((r) => roles.includes(r));

export const hasRoleAnywhere = (p: StaffPrincipal, ...roles: Role[]) =>
  [...p.roles.values()].some((list) => list.some((r) => roles.includes(r)));
