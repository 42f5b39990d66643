// The bank's filters as API queries and download addresses. Pure.
import {
  cognitiveLevels,
  questionStatuses,
  type CognitiveLevel,
  type QuestionFilters,
  type QuestionFormat,
  type QuestionStatus,
} from '../api/types.js';
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

/**
 * The filters given in the bank's address (`/questions?needsReview=true&documentId=nd-98-2023`), or null when it names none.
 * Values come as the router parses them (`true`, numbers) or as strings; unknown levels and statuses are ignored.
 */
export function filtersFromQuery(search: Record<string, unknown>): BankFilters | null {
  const text = (name: string) => {
    const value = search[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  };
  const filters = noFilters();
  filters.q = text('q');
  filters.topic = text('topic');
  filters.documentId = text('documentId');
  if ((cognitiveLevels as readonly string[]).includes(text('level'))) filters.level = text('level') as CognitiveLevel;
  if ((questionStatuses as readonly string[]).includes(text('status'))) filters.status = text('status') as QuestionStatus;
  filters.needsReview = search.needsReview === true || search.needsReview === 'true';
  return Object.keys(filterQuery(filters)).length > 0 ? filters : null;
}

/** The bank's address showing these filters; the bank page reads them back with `filtersFromQuery`. */
export function bankUrl(filters: Partial<BankFilters>): string {
  const search = new URLSearchParams(filterQuery({ ...noFilters(), ...filters }));
  const query = search.toString();
  return query ? `/questions?${query}` : '/questions';
}
