import { z } from 'zod';

/**
 * Typed events on a site's channel. Every state change that a screen shows is published as one of
 * these, written in the same transaction as the change. Later modules add their event types here.
 */
export const siteEventTypes = [
  'site.updated',
  'desk.changed',
  'room.changed',
  'station.changed',
  'zone.changed',
  'device.changed',
  'staff.changed',
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.ended',
  'ticket.transferred',
  'ticket.cancelled',
  'ticket.no_show',
  'ticket.parked',
  'ticket.resumed',
  'ticket.not_served',
  'desk_session.changed',
  'direction.recorded',
  'queues.settings_changed',
  'booking.changed',
  'agenda_event.changed',
  'registration.changed',
  'space.changed',
  'space.help_changed',
  'space.ticket_changed',
  'catalogue.changed',
  'roster.changed',
  'checkin.changed',
] as const;
export type SiteEventType = (typeof siteEventTypes)[number];

export const siteEventSchema = z.object({
  id: z.string(),
  type: z.enum(siteEventTypes),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type SiteEvent = z.infer<typeof siteEventSchema>;
