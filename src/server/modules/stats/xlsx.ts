import ExcelJS from 'exceljs';
import type { SheetTable } from './export-tables.js';

/** One worksheet per table, header row bold and frozen, numbers as numbers, "<10" as text. */
export async function toXlsx(tables: SheetTable[], footnote: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Atrium';
  for (const table of tables) {
    const ws = wb.addWorksheet(table.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.addRow(table.header).font = { bold: true };
    for (const row of table.rows) ws.addRow(row);
    ws.addRow([]);
    ws.addRow([footnote]).font = { italic: true };
    ws.columns.forEach((col, i) => {
      col.width = i === 0 ? 36 : 14;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
