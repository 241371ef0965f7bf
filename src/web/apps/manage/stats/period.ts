/** Period presets of the report screens: day, week, month, the last 210 days, or a custom range. */
export const PRESETS = ['day', 'week', 'month', 'seven_months', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];
export type Period = { from: string; to: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The period a preset names, ending yesterday (the last closed day). */
export function presetPeriod(preset: Exclude<Preset, 'custom'>, today = new Date()): Period {
  const end = addDays(new Date(`${iso(today)}T12:00:00Z`), -1);
  const days = { day: 1, week: 7, month: 30, seven_months: 210 }[preset];
  return { from: iso(addDays(end, -(days - 1))), to: iso(end) };
}
