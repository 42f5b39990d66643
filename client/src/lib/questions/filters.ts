// The bank's filters as API queries and download addresses. Pure.
import type { CognitiveLevel, QuestionFilters, QuestionFormat, QuestionStatus } from '../api/types.js';
import { toNfc } from '../text/fold.js';

export interface BankFilters {
  q: string;
  topic: string;
  level: CognitiveLevel | '';
  status: QuestionStatus | '';
  documentId: string;
  needsReview: boolean;
}

export const noFilters = (): BankFilters => ({ q: '', topic: '', level: '', status: '', documentId: '', needsReview: false });

/** The API query for a set of filters: empty ones left out. */
export function filterQuery(filters: BankFilters): QuestionFilters {
  const query: QuestionFilters = {};
  const q = toNfc(filters.q).trim();
  if (q) query.q = q;
  if (filters.topic) query.topic = filters.topic;
  if (filters.level) query.level = filters.level;
  if (filters.status) query.status = filters.status;
  if (filters.documentId) query.documentId = filters.documentId;
  if (filters.needsReview) query.needsReview = 'true';
  return query;
}

/** Where the export of the current filter downloads from (the session cookie goes along). */
export function exportUrl(format: QuestionFormat, filters: BankFilters): string {
  const search = new URLSearchParams({ format, ...filterQuery(filters) });
  return `/api/questions/export?${search}`;
}

export const templateUrl = (format: 'xlsx' | 'csv') => `/api/questions/import/template?format=${format}`;

/** The multipart import: a dry run writes nothing; skipInvalid imports the valid questions of a file with errors. */
export function importUrl(format: QuestionFormat, dryRun: boolean, skipInvalid: boolean): string {
  const search = new URLSearchParams({ format, dryRun: String(dryRun), skipInvalid: String(skipInvalid) });
  return `/api/questions/import?${search}`;
}
