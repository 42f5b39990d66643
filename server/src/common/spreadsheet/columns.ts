import { AppError } from '../errors/app-error.js';
import { foldVietnamese } from '../text/vietnamese.js';
import type { Table } from './read-table.js';

export interface ColumnSpec<K extends string> {
  key: K;
  /** The Vietnamese header of the template; first alias. */
  header: string;
  aliases?: string[];
  required?: boolean;
}

export type RowRecord<K extends string> = { rowNumber: number; irregular?: 'formula' | 'merged' } & Record<K, string>;

/** Matches headers to columns ignoring case and diacritics, so "Ho va ten" finds "Họ và tên". */
export function mapColumns<K extends string>(table: Table, specs: ColumnSpec<K>[]): RowRecord<K>[] {
  const folded = table.headers.map((header) => foldVietnamese(header));
  const indexOf = new Map<K, number>();
  const missing: string[] = [];
  for (const spec of specs) {
    const names = [spec.header, ...(spec.aliases ?? [])].map(foldVietnamese);
    const index = folded.findIndex((header) => names.includes(header));
    if (index >= 0) indexOf.set(spec.key, index);
    else if (spec.required) missing.push(spec.header);
  }
  if (missing.length > 0) throw new AppError('FILE_MISSING_COLUMNS', { columns: missing.join(', ') });
  return table.rows.map((row) => {
    const record = (row.irregular ? { rowNumber: row.rowNumber, irregular: row.irregular } : { rowNumber: row.rowNumber }) as RowRecord<K>;
    for (const spec of specs) {
      const index = indexOf.get(spec.key);
      (record as Record<string, unknown>)[spec.key] = index === undefined ? '' : (row.cells[index] ?? '');
    }
    return record;
  });
}
