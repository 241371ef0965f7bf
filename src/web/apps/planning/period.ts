/** Calendar helpers for planning periods; dates are plain "YYYY-MM-DD" strings (no time zone). */

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM" of the month after the given date's month. */
export function nextMonth(today: Date = new Date()): string {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth() + 1, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The first and last day of a "YYYY-MM" month. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${pad(last)}` };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week holding the date. */
export function mondayOfDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

/** Groups dates (sorted) by their Monday. */
export function byWeek<T>(items: T[], dateOf: (item: T) => string): { monday: string; items: T[] }[] {
  const weeks = new Map<string, T[]>();
  for (const item of items) {
    const monday = mondayOfDate(dateOf(item));
    weeks.set(monday, [...(weeks.get(monday) ?? []), item]);
  }
  return [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([monday, list]) => ({ monday, items: list }));
}

/** Today's date in the browser, "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
