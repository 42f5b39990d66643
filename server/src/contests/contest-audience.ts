import type { Audience } from './contest.entity.js';

export interface Candidate {
  userId: string;
  role: string;
  kind: string | null;
  unitPath: string | null;
  unitLevel: string | null;
}

/**
 * May this person take the contest? A participant whose school lies under one of the audience
 * units (the owner unit when none is named), of a listed level and kind — or listed by name. Pure.
 */
export function inAudience(audience: Audience, ownerPath: string, unitPaths: string[], candidate: Candidate): boolean {
  if (candidate.role !== 'participant' || !candidate.unitPath) return false;
  if (audience.userIds?.includes(candidate.userId)) return true;
  if (audience.userIds?.length && !audience.unitIds?.length && !audience.levels?.length && !audience.kinds?.length) return false;
  const roots = unitPaths.length > 0 ? unitPaths : [ownerPath];
  if (!roots.some((root) => candidate.unitPath!.startsWith(root))) return false;
  if (audience.levels?.length && !audience.levels.includes(candidate.unitLevel as never)) return false;
  if (audience.kinds?.length && !audience.kinds.includes(candidate.kind as never)) return false;
  return true;
}
