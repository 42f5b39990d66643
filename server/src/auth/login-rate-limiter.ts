export interface RateLimitRule {
  /** Failures allowed inside the window before the key is locked. */
  maxFailures: number;
  windowMs: number;
}

interface Entry {
  failures: number[];
}

/**
 * Counts failed sign-ins per key (an account, an IP) in a sliding window. Pure: time is an
 * argument. Success clears the account's count; the IP count only ages out.
 */
export class LoginRateLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly rule: RateLimitRule) {}

  /** Milliseconds until `key` may try again, 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const entry = this.prune(key, now);
    if (!entry || entry.failures.length < this.rule.maxFailures) return 0;
    const oldestCounted = entry.failures[entry.failures.length - this.rule.maxFailures]!;
    return Math.max(0, oldestCounted + this.rule.windowMs - now);
  }

  recordFailure(key: string, now: number): void {
    const entry = this.prune(key, now) ?? { failures: [] };
    entry.failures.push(now);
    this.entries.set(key, entry);
    if (this.entries.size > 100_000) this.sweep(now);
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private prune(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.failures = entry.failures.filter((at) => at > now - this.rule.windowMs);
    if (entry.failures.length === 0) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(now: number): void {
    for (const key of [...this.entries.keys()]) this.prune(key, now);
  }
}
