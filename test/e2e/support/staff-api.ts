import { WEEKDAYS } from '../../../src/common/domain.js';

/** A staff session over HTTP for test setup (cookie + CSRF), as the browser apps use it. */
export class StaffApi {
  private constructor(
    private readonly base: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async signIn(base: string, email: string, password = 'atrium-demo-2026'): Promise<StaffApi> {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`sign-in ${email}: ${response.status}`);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const me = (await response.json()) as { csrfToken: string };
    return new StaffApi(base, cookie, me.csrfToken);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

type Interval = { open: string; close: string };

/** Sets the demo site's opening hours (same interval every day, or closed) and the ticketing cut-off. */
export async function setHours(admin: StaffApi, interval: Interval | null, closeBeforeMinutes: number) {
  const openingHours = Object.fromEntries(WEEKDAYS.map((d) => [d, interval ? [interval] : []]));
  await admin.call('PATCH', '/api/sites/brussels', { openingHours });
  const settings = await admin.call<Record<string, unknown>>('GET', '/api/sites/brussels/visit-settings');
  await admin.call('PUT', '/api/sites/brussels/visit-settings', { ...settings, closeBeforeMinutes });
}

/** Open all day, tickets until closing: the journey runs at any hour. */
export const openAllDay = (admin: StaffApi) => setHours(admin, { open: '00:00', close: '23:59' }, 0);

/** "HH:MM" in Brussels, `minutes` from now (clamped to the same day). */
export function brusselsTime(minutesFromNow: number): string {
  const at = new Date(Date.now() + minutesFromNow * 60_000);
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Brussels',
  }).format(at);
}
