// Import and export file formats. Pure.
import type { QuestionFormat } from '../api/types.js';

/** Largest upload the server takes (server/src/common/http/upload.ts). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const acceptedFiles = '.gift,.txt,.aiken,.xlsx,.csv,.json,text/plain,text/csv,application/json';

const byExtension: Record<string, QuestionFormat> = { gift: 'gift', aiken: 'aiken', xlsx: 'xlsx', csv: 'csv', json: 'json' };

/**
 * The format of a file from its name: `.gift`, `.aiken`, `.xlsx`, `.csv`, `.json`, and the
 * `.gift.txt` / `.aiken.txt` names Lantoa exports. A bare `.txt` is Aiken when its text has an
 * `ANSWER:` line and no GIFT braces, otherwise GIFT (Moodle's own default).
 */
export function inferFormat(fileName: string, sample = ''): QuestionFormat | undefined {
  const parts = fileName.toLowerCase().split('.');
  if (parts.length < 2) return undefined;
  const extension = parts.at(-1)!;
  if (extension in byExtension) return byExtension[extension];
  if (extension !== 'txt') return undefined;
  const inner = parts.length > 2 ? parts.at(-2)! : '';
  if (inner === 'gift' || inner === 'aiken') return inner;
  const aikenAnswer = /^\s*ANSWER\s*:\s*[A-Z]\s*$/im.test(sample);
  return aikenAnswer && !/[{}]/.test(sample) ? 'aiken' : 'gift';
}

/** Line numbers in GIFT, Aiken and JSON files; row numbers in spreadsheets. */
export const countsRows = (format: QuestionFormat): boolean => format === 'xlsx' || format === 'csv';

export function formatBytes(bytes: number, formatNumber: (value: number) => string): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)} KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10)} MB`;
}
