import type { LoadedContest } from '../contests/contests.service.js';

/**
 * The contest's audience, the rule of contests/contest-audience.ts split in two: what depends on a person's unit
 * (audience units — the owner unit when none is named — and levels) is decided here per unit, once; what depends on the
 * person (kind, or being listed by name) goes to SQL over `app_user u`. Parameters are numbered from `first`:
 * audience unit ids, kinds, listed user ids.
 */
export function audiencePredicate(
  loaded: LoadedContest,
  units: readonly { id: string; path: string; level: string | null }[],
  first: number,
): { sql: string; params: unknown[] } {
  const { audience } = loaded.contest;
  const [unitIds, kinds, listed] = [first, first + 1, first + 2].map((n) => `$${n}`);
  return {
    sql: `(u.id = ANY(${listed}::uuid[]) OR (u.unit_id = ANY(${unitIds}::uuid[]) AND (cardinality(${kinds}::text[]) = 0 OR u.kind = ANY(${kinds}::text[]))))`,
    params: [units.filter((unit) => unitInAudience(loaded, unit)).map((unit) => unit.id), audience.kinds ?? [], audience.userIds ?? []],
  };
}

/** Whether the people of a unit are in the audience by where they are (explicit lists of people aside). */
export function unitInAudience(loaded: LoadedContest, unit: { path: string; level: string | null }): boolean {
  const { audience } = loaded.contest;
  if (audience.userIds?.length && !audience.unitIds?.length && !audience.levels?.length && !audience.kinds?.length) return false;
  const roots = loaded.audiencePaths.length > 0 ? loaded.audiencePaths : [loaded.ownerPath];
  if (!roots.some((root) => unit.path.startsWith(root))) return false;
  return !audience.levels?.length || audience.levels.includes(unit.level as never);
}
