import { useQuery } from '@tanstack/react-query';
import type { Booking, PublicEvent, RegistrationResult, StaffEvent } from '../../../common/agenda/schemas.js';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { DEFAULT_SITE } from '../../api/site-queries.js';

export const SITE = DEFAULT_SITE;
const base = `/api/sites/${SITE}`;

export type AgendaFilters = { from?: string; field?: string; audience?: string; language?: string; organiser?: string };
export type RegistrationView = RegistrationResult & { nickname: string; event: PublicEvent };
export type StaffRegistration = { id: string; nickname: string; seats: number; status: string; checkedIn: boolean };

export function useAgenda(filters: AgendaFilters, language: string) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]).toString();
  return useQuery({
    queryKey: ['agenda', query, language],
    queryFn: () => api<PublicEvent[]>('GET', `${base}/agenda${query ? `?${query}` : ''}`),
  });
}

export const usePublicEvent = (id: string, language: string) =>
  useQuery({
    queryKey: ['agenda-event', id, language],
    queryFn: () => api<PublicEvent>('GET', `${base}/agenda/events/${id}`),
  });

export const useRegistration = (token: string) =>
  useQuery({
    queryKey: ['registration', token],
    queryFn: () => api<RegistrationView>('GET', `/api/agenda/registrations/${token}`),
    // A waitlisted person sees their promotion without reloading.
    refetchInterval: 30_000,
  });

export const useBookings = (params: string) =>
  useQuery({ queryKey: ['bookings', params], queryFn: () => api<Booking[]>('GET', `${base}/bookings${params}`) });

export const useStaffEvents = () =>
  useQuery({ queryKey: ['staff-events'], queryFn: () => api<StaffEvent[]>('GET', `${base}/events`) });

export const useStaffEvent = (id: string) =>
  useQuery({ queryKey: ['staff-event', id], queryFn: () => api<StaffEvent>('GET', `${base}/events/${id}`) });

export const useEventRegistrations = (id: string) =>
  useQuery({
    queryKey: ['event-registrations', id],
    queryFn: () => api<StaffRegistration[]>('GET', `${base}/events/${id}/registrations`),
  });

export const useRooms = () =>
  useQuery({
    queryKey: ['rooms', SITE],
    queryFn: () => api<{ id: string; name: string; capacity: number; active: boolean }[]>('GET', `${base}/rooms`),
  });

export const agendaPaths = {
  base,
  registrations: (eventId: string) => `${base}/agenda/events/${eventId}/registrations`,
  eventIcs: (eventId: string) => `${base}/agenda/events/${eventId}/event.ics`,
  feed: `${base}/agenda.ics`,
};

/** A cancellation token made in the browser: 128 random bits, base64url. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The server's message for one field of a failed request, if any. */
export const fieldError = (error: unknown, field: string) =>
  error instanceof ApiError ? error.fieldErrors()[field] : undefined;
