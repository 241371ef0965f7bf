import type { TFunction } from 'i18next';
import { formatNumber } from '../../common/format.js';
import type { TicketView } from '../../common/visits/schemas.js';

type Estimate = TicketView['estimate'];

/** "about 10–15 min", or a kind sentence when there is no estimate yet. */
export function estimateText(t: TFunction, estimate: Estimate, locale: string, ns = 'visits'): string {
  if (!estimate) return t(`${ns}:estimate.none`);
  const low = Math.max(0, Math.round(estimate.low));
  const high = Math.max(low, Math.round(estimate.high));
  if (high <= 1) return t(`${ns}:estimate.soon`);
  if (low === high) return t(`${ns}:estimate.about`, { minutes: formatNumber(high, locale) });
  return t(`${ns}:estimate.range`, { low: formatNumber(low, locale), high: formatNumber(high, locale) });
}

/** The short form for tables and the display board: "10–15 min", or "—". */
export function shortEstimate(t: TFunction, estimate: Estimate, locale: string, ns = 'visits'): string {
  if (!estimate) return '—';
  const low = Math.max(0, Math.round(estimate.low));
  const high = Math.max(low, Math.round(estimate.high));
  if (low === high) return t(`${ns}:estimate.shortOne`, { minutes: formatNumber(high, locale) });
  return t(`${ns}:estimate.shortRange`, { low: formatNumber(low, locale), high: formatNumber(high, locale) });
}

/** "W 042" is spoken as "W 42". */
export function spokenCode(code: string): { letter: string; number: string } {
  const [letter = '', digits = ''] = code.split(' ');
  return { letter, number: String(Number(digits) || digits) };
}
