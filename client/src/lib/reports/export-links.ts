// Where the export buttons point. Pure.
import type { AttemptChoice, ReportTab } from './report-query.js';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportScope {
  roundId?: string;
  parentId?: string;
  unitId?: string;
  attempts?: AttemptChoice;
  /** For csv, the one table to write (xlsx has a sheet for each). */
  table?: ReportTab;
}

/** A plain link: the browser downloads the file the server names, with the session cookie. */
export function exportHref(contestId: string, format: ExportFormat, scope: ExportScope): string {
  const search = new URLSearchParams({ format });
  for (const key of ['table', 'roundId', 'parentId', 'unitId', 'attempts'] as const) {
    const value = scope[key];
    if (value && !(key === 'table' && format === 'xlsx')) search.set(key, value);
  }
  return `/api/reports/contests/${encodeURIComponent(contestId)}/export?${search}`;
}
