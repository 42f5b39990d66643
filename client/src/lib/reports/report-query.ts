// What a report page shows, kept in its address (?tab=&roundId=&parentId=…) so a drill-down has a link and Back works.

export const REPORT_TABS = ['units', 'participants', 'questions', 'collective'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

export const ATTEMPT_CHOICES = ['first', 'best', 'last', 'all'] as const;
export type AttemptChoice = (typeof ATTEMPT_CHOICES)[number];

export const PARTICIPANT_STATUSES = ['all', 'took', 'absent'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const PARTICIPANT_SORTS = ['rank', 'name', 'unit'] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];

/** The round selector's value for every round together. */
export const OVERALL = 'overall';

export interface ReportQuery {
  tab: ReportTab;
  /** A round id, OVERALL, or undefined for the server's default (the current or last round). */
  roundId?: string;
  /** The unit whose children the "By unit" table lists; the reader's top unit by default. */
  parentId?: string;
  /** The unit whose people the "By participant" table lists. */
  unitId?: string;
  q: string;
  page: number;
  /** Which people the "By participant" table lists, and in what order. */
  status: ParticipantStatus;
  sort: ParticipantSort;
  /** Which attempts feed the item analysis. */
  attempts: AttemptChoice;
}

const DEFAULTS: Pick<ReportQuery, 'tab' | 'q' | 'page' | 'status' | 'sort' | 'attempts'> = {
  tab: 'units',
  q: '',
  page: 1,
  status: 'all',
  sort: 'rank',
  attempts: 'best',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The router hands search values over parsed ("2" → 2, "true" → true): read them back as text.
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value)).trim();
const id = (value: unknown): string | undefined => (UUID.test(text(value)) ? text(value).toLowerCase() : undefined);
const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  (values as readonly string[]).includes(text(value)) ? (text(value) as T) : fallback;

/** Reads the page's address; anything unknown or malformed falls back to the default. */
export function readReportQuery(search: Record<string, unknown>): ReportQuery {
  const page = Number.parseInt(text(search.page), 10);
  const round = text(search.roundId);
  return {
    tab: oneOf(REPORT_TABS, search.tab, DEFAULTS.tab),
    roundId: round === OVERALL ? OVERALL : id(round),
    parentId: id(search.parentId),
    unitId: id(search.unitId),
    q: text(search.q).slice(0, 100),
    page: Number.isFinite(page) && page > 1 ? page : 1,
    status: oneOf(PARTICIPANT_STATUSES, search.status, DEFAULTS.status),
    sort: oneOf(PARTICIPANT_SORTS, search.sort, DEFAULTS.sort),
    attempts: oneOf(ATTEMPT_CHOICES, search.attempts, DEFAULTS.attempts),
  };
}

/** The address's query for `query`, defaults left out so links stay short. */
export function reportSearch(query: Partial<ReportQuery>): Record<string, string> {
  const search: Record<string, string> = {};
  if (query.tab && query.tab !== DEFAULTS.tab) search.tab = query.tab;
  if (query.roundId) search.roundId = query.roundId;
  if (query.parentId) search.parentId = query.parentId;
  if (query.unitId) search.unitId = query.unitId;
  if (query.q?.trim()) search.q = query.q.trim();
  if (query.page && query.page > 1) search.page = String(query.page);
  if (query.status && query.status !== DEFAULTS.status) search.status = query.status;
  if (query.sort && query.sort !== DEFAULTS.sort) search.sort = query.sort;
  if (query.attempts && query.attempts !== DEFAULTS.attempts) search.attempts = query.attempts;
  return search;
}

export function reportHref(contestId: string, query: Partial<ReportQuery>, page: 'dashboard' | 'print' = 'dashboard'): string {
  const search = new URLSearchParams(reportSearch(query)).toString();
  const path = `/contests/${encodeURIComponent(contestId)}/reports${page === 'print' ? '/print' : ''}`;
  return search ? `${path}?${search}` : path;
}
