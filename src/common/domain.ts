/** Stable vocabularies shared by server and browser. Labels live in the locale catalogues. */
export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

export const FIELDS = ['choose', 'train', 'change', 'work', 'create', 'move'] as const;
export type Field = (typeof FIELDS)[number];

export const ROLES = ['admin', 'manager', 'reception', 'counsellor', 'steward', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export const AUDIENCES = ['student', 'young', 'jobseeker', 'employed', 'other'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const ORGANISATION_KINDS = ['public_employment', 'training', 'education', 'partner', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const STATION_KINDS = ['computer', 'tablet'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

export const DEVICE_KINDS = ['kiosk', 'display', 'station'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const ZONE_KINDS = ['reception', 'waiting', 'digital', 'documentation', 'counselling', 'rooms'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const ROOM_EQUIPMENT = ['projector', 'screen', 'whiteboard', 'computers', 'videoconference', 'sound'] as const;
export type RoomEquipment = (typeof ROOM_EQUIPMENT)[number];

/** Which app each role lands on after sign-in, in order of precedence. */
export const ROLE_HOME: Record<Role, string> = {
  admin: '/admin',
  manager: '/manage',
  reception: '/reception',
  counsellor: '/desk',
  steward: '/steward',
  partner: '/partner',
};
