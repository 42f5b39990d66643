export interface ThrottleDecision {
  /** Emit now: the throttle has already counted it. */
  emitNow: boolean;
  /** Set a timer for this time and call fired() when it runs; absent when one is already set. */
  emitAt?: number;
}

interface KeyState {
  lastEmittedAt: number;
  trailingAt: number | null;
}

/**
 * At most one emission per key per interval, leading and trailing: the first change goes out
 * at once, changes during the quiet period go out together once it ends. Emit the latest
 * state when the timer fires, not the state of the request that set it.
 */
export class BroadcastThrottle {
  private readonly keys = new Map<string, KeyState>();

  constructor(private readonly intervalMs: number) {
    if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError(`An interval must be positive, not ${intervalMs}`);
  }

  request(key: string, now: number): ThrottleDecision {
    const state = this.keys.get(key);
    if (state?.trailingAt != null) {
      // A timer a whole interval overdue was lost (cleared, crashed); stop waiting for it.
      if (now < state.trailingAt + this.intervalMs) return { emitNow: false };
      state.trailingAt = null;
    }
    if (!state || now >= state.lastEmittedAt + this.intervalMs) {
      this.keys.set(key, { lastEmittedAt: now, trailingAt: null });
      return { emitNow: true };
    }
    state.trailingAt = state.lastEmittedAt + this.intervalMs;
    return { emitNow: false, emitAt: state.trailingAt };
  }

  /** Records an emission: the trailing timer ran (or the caller emitted on its own). */
  fired(key: string, now: number): void {
    this.keys.set(key, { lastEmittedAt: now, trailingAt: null });
  }

  /** Drops a key whose room is gone, e.g. when a round closes. */
  forget(key: string): void {
    this.keys.delete(key);
  }
}
