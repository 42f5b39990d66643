// The attempt this browser has running per contest, for a "continue" button when the server's list does not say. Pure.

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (contestId: string) => `lantoa.activeAttempt.${contestId}`;
/** A little past the deadline the server has submitted it: the result, not "continue". */
const GRACE_MS = 60_000;

export function rememberActiveAttempt(storage: Store | undefined, contestId: string, attemptId: string, deadlineAt: string): void {
  try {
    storage?.setItem(key(contestId), JSON.stringify({ attemptId, deadlineAt }));
  } catch {
    // storage full or disabled
  }
}

export function forgetActiveAttempt(storage: Store | undefined, contestId: string): void {
  try {
    storage?.removeItem(key(contestId));
  } catch {
    // nothing to do
  }
}

/** The attempt still running in this browser for the contest, if any. */
export function activeAttempt(storage: Store | undefined, contestId: string, now = Date.now()): string | null {
  try {
    const stored = JSON.parse(storage?.getItem(key(contestId)) ?? 'null') as { attemptId?: unknown; deadlineAt?: unknown } | null;
    if (!stored || typeof stored.attemptId !== 'string' || typeof stored.deadlineAt !== 'string') return null;
    return Date.parse(stored.deadlineAt) + GRACE_MS > now ? stored.attemptId : null;
  } catch {
    return null;
  }
}

export function browserStorage(): Store | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
