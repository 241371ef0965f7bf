import type { Language } from '../domain.js';
import { pickText } from './rules.js';
import type { PublicEvent } from './schemas.js';

/** schema.org `Event` for an event page (search engines and calendar tools read it). */
export function eventJsonLd(
  event: PublicEvent,
  language: Language,
  pageUrl: string,
  place: { name: string; address: string },
) {
  const free = event.placesLeft > 0 || event.registrationMode !== 'required';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: pickText(event.title, language, event.language),
    description: pickText(event.description, language, event.language),
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus:
      event.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: event.language,
    maximumAttendeeCapacity: event.capacity,
    remainingAttendeeCapacity: event.placesLeft,
    isAccessibleForFree: true,
    url: pageUrl,
    location: { '@type': 'Place', name: `${place.name} — ${event.roomName}`, address: place.address },
    organizer: event.organisers.map((o) => ({ '@type': 'Organization', name: o.name })),
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      url: pageUrl,
      availability: free ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
    },
  };
}
