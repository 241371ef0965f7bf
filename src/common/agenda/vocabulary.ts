/** Vocabularies of rooms, bookings and events. Labels live in `locales/<lang>/agenda.json`. */
export const EVENT_TYPES = ['workshop', 'info_session', 'symposium', 'job_dating', 'internal_meeting'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Internal meetings never appear on the public agenda. */
export const PUBLIC_EVENT_TYPES: readonly EventType[] = ['workshop', 'info_session', 'symposium', 'job_dating'];

export const REGISTRATION_MODES = ['open', 'required', 'closed_group'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const BOOKING_STATUSES = ['requested', 'approved', 'declined', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** Statuses that hold the room (the exclusion constraint covers exactly these). */
export const HOLDING_STATUSES: readonly BookingStatus[] = ['requested', 'approved'];

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const AGENDA_LIMITS = {
  capacity: { min: 5, max: 80 },
  title: { min: 3, max: 140 },
  description: { max: 4000 },
  nickname: { min: 1, max: 40 },
  bufferMinutes: { max: 120 },
  seriesWeeks: { max: 52 },
  durationMinutes: { min: 15, max: 12 * 60 },
  /** A cancellation token: 128 random bits, base64url. */
  token: { min: 22, max: 64 },
  /** Hours before an event when the reminder goes out. */
  reminderHours: 24,
} as const;
