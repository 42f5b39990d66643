import { AppError } from '../common/errors/app-error.js';
import type { Contest } from './contest.entity.js';
import type { ContestRound } from './contest-round.entity.js';
import { DEFAULT_LATE_START, latestStartAt, mayStartAt } from './rules/late-start.js';

const VIETNAM_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hourCycle: 'h23',
});

/** The start path's late-start check: refuses a new attempt the contest's rule no longer allows. */
export function assertMayStartLate(
  contest: Pick<Contest, 'lateStart' | 'durationSeconds'>,
  round: Pick<ContestRound, 'closesAt'>,
  now: Date,
): void {
  const rule = contest.lateStart ?? DEFAULT_LATE_START;
  if (mayStartAt(rule, now, round.closesAt, contest.durationSeconds)) return;
  const latest = latestStartAt(rule, round.closesAt, contest.durationSeconds);
  throw new AppError(
    'ATTEMPT_START_TOO_LATE',
    { latest: VIETNAM_TIME.format(latest) },
    { mode: rule.mode, latestStartAt: latest.toISOString() },
  );
}
