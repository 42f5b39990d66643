import ExcelJS from 'exceljs';

export type RosterCell = string | Date | null;

/** An .xlsx roster with the Vietnamese headers a school would type, built in memory. */
export async function rosterWorkbook(rows: RosterCell[][], headers = ['Họ và tên', 'Ngày sinh', 'Lớp']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
