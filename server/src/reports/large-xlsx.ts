import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { Sheet } from '../common/spreadsheet/write-table.js';

/**
 * The workbook common/spreadsheet's toXlsx writes (a sheet per table, bold frozen header row, column widths and
 * number formats), through exceljs's streaming writer: rows are written out as they are added instead of being held as
 * cell objects, which makes a 100,000-row participants sheet several times faster and keeps memory flat.
 */
export async function toLargeXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Lantoa';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: column.width ?? Math.max(12, column.header.length + 2),
      style: column.numberFormat ? { numFmt: column.numberFormat } : {},
    }));
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    for (const row of sheet.rows) worksheet.addRow(row).commit();
    worksheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}
