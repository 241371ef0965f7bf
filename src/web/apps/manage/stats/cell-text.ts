import { formatNumber } from '../../../../common/format.js';
import type { Cell } from '../../../../common/stats/schemas.js';

/** A published cell as text: the number, or "<10" when disclosure control hid it. */
export const cellText = (cell: Cell, threshold: number, locale: string) =>
  cell.hidden ? `<${formatNumber(threshold, locale)}` : formatNumber(cell.value, locale);
