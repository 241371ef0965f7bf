/** Field limits, defined once and used by both the API schemas and the forms. */
export const LIMITS = {
  name: { min: 1, max: 120 },
  slug: { min: 2, max: 40 },
  email: { max: 254 },
  password: { min: 10, max: 200 },
  url: { max: 500 },
  note: { max: 500 },
  address: { max: 300 },
  roomCapacity: { min: 1, max: 500 },
  contractHours: { min: 0, max: 48 },
  timeLimitMinutes: { min: 5, max: 480 },
  fundingSharePercent: { min: 0, max: 100 },
  stationsPerSite: { max: 500 },
  bodyBytes: 256 * 1024,
} as const;
