import type { Language } from '../../../common/domain.js';
import { cellText, type ProtectedCell } from '../../../common/stats/disclosure.js';
import type { ExportTable, OutcomeReport, PeriodReport } from '../../../common/stats/schemas.js';
import { statsText } from './labels.js';

/** A published table ready for CSV or XLSX: hidden cells are already "<10". */
export type SheetTable = { name: ExportTable; title: string; header: string[]; rows: (string | number)[][] };

/** Every table of a period report (and the outcome summary), in the reader's language. */
export function exportTables(report: PeriodReport, outcome: OutcomeReport, lang: Language): SheetTable[] {
  const t = (key: string) => statsText(lang, key);
  const c = (cell: ProtectedCell): string | number => (cell.hidden ? cellText(cell, report.threshold) : cell.value);
  const orNone = (v: number | null) => (v === null ? '' : v);
  const fl = report.fieldByLanguage;
  const one = (name: ExportTable, dimension: string, rows: PeriodReport['organisation']): SheetTable => ({
    name,
    title: t(`tables.${name}`),
    header: [t(`dimension.${dimension}`), t('measure.sessions')],
    rows: [...rows.map((r) => [r.label, c(r.sessions)]), [t('measure.total'), c(report.totals.sessions)]],
  });
  return [
    {
      name: 'summary',
      title: t('tables.summary'),
      header: [t('measure.indicator'), t('measure.value')],
      rows: outcome.rows.map((r) => [r.label, c(r.value)]),
    },
    {
      name: 'series',
      title: t('tables.series'),
      header: [t('measure.period'), t('measure.visitors')],
      rows: [
        ...report.series.points.map((p) => [p.period, c(p.visitors)]),
        [t('measure.total'), c(report.totals.visitors)],
      ],
    },
    {
      name: 'field_language',
      title: t('tables.field_language'),
      header: [t('dimension.field'), ...fl.languages.map((l) => l.label), t('measure.total')],
      rows: [
        ...fl.fields.map((f, i) => [f.label, ...(fl.cells[i] ?? []).map(c), c(fl.fieldTotals[i] as ProtectedCell)]),
        [t('measure.total'), ...fl.languageTotals.map(c), c(fl.total)],
      ],
    },
    one('organisation', 'organisation', report.organisation),
    one('audience', 'audience', report.audience),
    one('channel', 'channel', report.channel),
    {
      name: 'satisfaction',
      title: t('tables.satisfaction'),
      header: [t('dimension.field'), t('measure.rated'), t('measure.average')],
      rows: report.satisfactionByField.map((s) => [s.label, c(s.rated), orNone(s.average)]),
    },
  ];
}

/** CSV (RFC 4180, UTF-8 with BOM for spreadsheet programs); cells that start like a formula are quoted as text. */
export function toCsv(tables: SheetTable[]): string {
  const cell = (v: string | number) => {
    if (typeof v === 'number') return String(v);
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const line = (row: (string | number)[]) => row.map(cell).join(',');
  const blocks = tables.map((tb) =>
    [...(tables.length > 1 ? [line([tb.title])] : []), line(tb.header), ...tb.rows.map(line)].join('\r\n'),
  );
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}
