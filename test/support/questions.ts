import ExcelJS from 'exceljs';

/** The column headers of Lantoa's question template (server/src/questions/formats/table-format.ts) that a test needs. */
export const QUESTION_HEADERS = ['Loại câu hỏi', 'Nội dung câu hỏi', 'Phương án A', 'Phương án B', 'Phương án C', 'Đáp án đúng', 'Chủ đề'];

export type QuestionCell = string | number | null;

/** An .xlsx of questions, one per row under the header row, built in memory. */
export async function questionWorkbook(rows: QuestionCell[][], headers = QUESTION_HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Câu hỏi');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
