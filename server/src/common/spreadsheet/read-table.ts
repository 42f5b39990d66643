import ExcelJS from 'exceljs';
import { AppError } from '../errors/app-error.js';
import { toNfc } from '../text/vietnamese.js';
import { parseCsv } from './csv.js';

export interface TableRow {
  /** 1-based row number as a spreadsheet program shows it (the header is row 1). */
  rowNumber: number;
  cells: string[];
  /** Set when a cell of the row holds a formula or is part of a merged range: content an import should not guess at. */
  irregular?: 'formula' | 'merged';
}

export interface Table {
  headers: string[];
  rows: TableRow[];
}

export const MAX_IMPORT_ROWS = 20_000;

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      return result instanceof Date ? result.toISOString().slice(0, 10) : String(result ?? '');
    }
    if ('text' in value) return String(value.text);
    return String(cell.text ?? '');
  }
  return String(value);
}

async function readXlsx(buffer: Buffer): Promise<{ cells: string[][]; irregular: Map<number, 'formula' | 'merged'> }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('FILE_UNREADABLE', { reason: (error as Error).message.slice(0, 200) });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('FILE_UNREADABLE', { reason: 'no worksheet' });
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) throw new AppError('FILE_TOO_MANY_ROWS', { max: MAX_IMPORT_ROWS });
  const rows: string[][] = [];
  const irregular = new Map<number, 'formula' | 'merged'>();
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const cell = row.getCell(column);
      if (cell.formula || cell.type === ExcelJS.ValueType.Formula) irregular.set(rowNumber, 'formula');
      else if (cell.isMerged && !irregular.has(rowNumber)) irregular.set(rowNumber, 'merged');
      cells.push(cellText(cell));
    }
    rows[rowNumber - 1] = cells;
  });
  return { cells: Array.from(rows, (row) => row ?? []), irregular };
}

function readCsv(buffer: Buffer): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new AppError('FILE_NOT_UTF8');
  }
  return parseCsv(text.replace(/^\uFEFF/, ''));
}

export function isSpreadsheetName(filename: string): 'xlsx' | 'csv' | undefined {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** Reads the first sheet of an .xlsx or a .csv: trimmed NFC text cells, blank rows dropped. */
export async function readTable(buffer: Buffer, filename: string): Promise<Table> {
  const format = isSpreadsheetName(filename);
  if (!format) throw new AppError('FILE_TYPE_UNSUPPORTED');
  const { cells: raw, irregular } =
    format === 'xlsx' ? await readXlsx(buffer) : { cells: readCsv(buffer), irregular: new Map<number, 'formula' | 'merged'>() };
  if (raw.length > MAX_IMPORT_ROWS + 1) throw new AppError('FILE_TOO_MANY_ROWS', { max: MAX_IMPORT_ROWS });
  const [headerCells = [], ...body] = raw.map((cells) => cells.map((cell) => toNfc(cell).trim()));
  return {
    headers: headerCells,
    rows: body
      .map((cells, index): TableRow => {
        const kind = irregular.get(index + 2);
        return kind ? { rowNumber: index + 2, cells, irregular: kind } : { rowNumber: index + 2, cells };
      })
      .filter((row) => row.cells.some((cell) => cell !== '')),
  };
}
