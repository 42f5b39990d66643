export const REGISTRATION_POLICIES = ['audience_only', 'open'] as const;
export type RegistrationPolicy = (typeof REGISTRATION_POLICIES)[number];

/**
 * Where a participant stands with a published contest:
 * - `audience`: in its audience; may take it;
 * - `registered`: enrolled themselves; may take it;
 * - `can_register`: in the owner unit's subtree, outside the audience, and the contest takes registrations;
 * - `closed`: in the subtree, but the contest is for its audience only;
 * - `ended`: could have registered, but every round has closed;
 * - `none`: outside the owner unit's subtree.
 */
export type ContestAccess = 'audience' | 'registered' | 'can_register' | 'closed' | 'ended' | 'none';

export interface AccessFacts {
  policy: RegistrationPolicy;
  inAudience: boolean;
  registered: boolean;
  inOwnerSubtree: boolean;
  /** Every round has closed. */
  over: boolean;
}

export function contestAccess(facts: AccessFacts): ContestAccess {
  if (facts.inAudience) return 'audience';
  if (facts.registered) return 'registered';
  if (!facts.inOwnerSubtree) return 'none';
  if (facts.policy !== 'open') return 'closed';
  return facts.over ? 'ended' : 'can_register';
}

/** May take attempts. */
export const takes = (access: ContestAccess): boolean => access === 'audience' || access === 'registered';

/** Sees the contest in their list and on its page. */
export const sees = (access: ContestAccess): boolean => takes(access) || access === 'can_register';
