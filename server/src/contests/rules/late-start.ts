export const LATE_START_MODES = ['until_close', 'full_duration', 'minutes_before_close'] as const;
export type LateStartMode = (typeof LATE_START_MODES)[number];

/**
 * How late in a round's window a new attempt may start:
 * - `until_close`: any time the round is open;
 * - `full_duration`: only while a whole attempt's duration remains before the close;
 * - `minutes_before_close`: not in the last `minutes` minutes.
 */
export interface LateStartRule {
  mode: LateStartMode;
  /** Only for `minutes_before_close`. */
  minutes?: number | null;
}

export const DEFAULT_LATE_START: LateStartRule = { mode: 'until_close' };

/** How much of the window must remain for a new attempt to start, in milliseconds. */
export function requiredRemainingMs(rule: LateStartRule, durationSeconds: number): number {
  switch (rule.mode) {
    case 'until_close':
      return 0;
    case 'full_duration':
      return positive(durationSeconds, 'durationSeconds') * 1000;
    case 'minutes_before_close':
      return positive(rule.minutes ?? Number.NaN, 'minutes') * 60_000;
    default:
      throw new RangeError(`Unknown late-start mode: ${String((rule as { mode: unknown }).mode)}`);
  }
}

/** The last instant a new attempt may start in a round closing at `closesAt` (the round must still be open). */
export function latestStartAt(rule: LateStartRule, closesAt: Date, durationSeconds: number): Date {
  if (Number.isNaN(closesAt.getTime())) throw new RangeError('closesAt is not a valid date');
  return new Date(closesAt.getTime() - requiredRemainingMs(rule, durationSeconds));
}

/**
 * May a new attempt start at `now`? True while at least the required part of the window remains:
 * exactly a full duration (or exactly N minutes) left still allows it. The caller checks that the
 * round is open at all.
 */
export function mayStartAt(rule: LateStartRule, now: Date, closesAt: Date, durationSeconds: number): boolean {
  return now.getTime() <= latestStartAt(rule, closesAt, durationSeconds).getTime();
}

/** Does the rule leave any moment to start in this window? A rule that shuts the whole round is a mistake. */
export function leavesTimeToStart(rule: LateStartRule, opensAt: Date, closesAt: Date, durationSeconds: number): boolean {
  return latestStartAt(rule, closesAt, durationSeconds).getTime() > opensAt.getTime();
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be positive, not ${value}`);
  return value;
}
