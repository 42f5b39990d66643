import ExcelJS from 'exceljs';
import { toCsv } from './csv.js';

export interface SheetColumn {
  header: string;
  width?: number;
  numberFormat?: string;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: (string | number | null)[][];
}

/** One workbook, a sheet per table, Vietnamese headers in bold with the header row frozen. */
export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantoa';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: column.width ?? Math.max(12, column.header.length + 2),
      style: column.numberFormat ? { numFmt: column.numberFormat } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sheetToCsv(sheet: Sheet): string {
  return toCsv([sheet.columns.map((column) => column.header), ...sheet.rows]);
}
