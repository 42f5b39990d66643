// The results page's choices and tables. Pure.
import type { components, paths } from '../api/schema';

type Schemas = components['schemas'];
export type Results = Schemas['ResultsDto'];
export type ResultEntry = Schemas['ResultEntryDto'];
export type CollectiveUnit = Schemas['CollectiveUnitDto'];
export type ResultRound = Schemas['ResultRoundDto'];
export type ResultsQuery = NonNullable<paths['/api/contests/{id}/results']['get']['parameters']['query']>;

export const OVERALL = 'overall';
export const RESULTS_PAGE_SIZE = 50;
/** Units shown before "show all". */
export const UNITS_SHOWN = 10;

/** What the round picker holds: a round id or `overall`. */
export function queryFor(choice: string | null, page: number): ResultsQuery {
  const base = { page, pageSize: RESULTS_PAGE_SIZE };
  if (choice === OVERALL) return { ...base, scope: 'overall' };
  return choice ? { ...base, scope: 'round', roundId: choice } : base;
}

/** The picker's value for what the server showed. */
export function choiceOf(results: Pick<Results, 'scope' | 'roundId'>): string {
  return results.scope === 'overall' ? OVERALL : (results.roundId ?? OVERALL);
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** The page that holds a rank. */
export function pageOfRank(rank: number, pageSize: number): number {
  return Math.max(1, Math.ceil(rank / Math.max(1, pageSize)));
}

/** The first units, always including the caller's own when given (so a school can find itself). */
export function visibleUnits<T extends { unitId: string }>(units: readonly T[], all: boolean, keep?: string | null): T[] {
  if (all || units.length <= UNITS_SHOWN) return [...units];
  const shown = units.slice(0, UNITS_SHOWN);
  const own = keep ? units.find((unit) => unit.unitId === keep) : undefined;
  return own && !shown.includes(own) ? [...shown, own] : shown;
}
