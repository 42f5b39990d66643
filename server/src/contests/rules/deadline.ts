/** When an attempt ends: its duration after the start, but never after its round closes. */
export function deadlineFor(startedAt: Date, durationSeconds: number, roundClosesAt: Date): Date {
  assertDate(startedAt, 'startedAt');
  assertDate(roundClosesAt, 'roundClosesAt');
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0)
    throw new RangeError(`A duration must be positive, not ${durationSeconds}`);
  return new Date(Math.min(startedAt.getTime() + durationSeconds * 1000, roundClosesAt.getTime()));
}

/** Whether an answer arriving at `now` still counts; the grace covers the network, not the participant. */
export function acceptsAnswer(now: Date, deadlineAt: Date, graceSeconds: number): boolean {
  return now.getTime() <= deadlineAt.getTime() + Math.max(0, graceSeconds) * 1000;
}

/** What the countdown shows: never negative. */
export function remainingMs(now: Date, deadlineAt: Date): number {
  return Math.max(0, deadlineAt.getTime() - now.getTime());
}

function assertDate(date: Date, name: string): void {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name} is not a valid date`);
}
