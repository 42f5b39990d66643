// Who may take part and until when: registration and late-start rules as the pages show them. Pure.
import type { Contest, ContestRound } from '../api/types.js';

export type RegistrationPolicy = Contest['registration'];
export type LateStartRule = Contest['lateStart'];
export type LateStartMode = LateStartRule['mode'];
export type ContestAccess = NonNullable<Contest['access']>;

export const registrationPolicies = ['audience_only', 'open'] as const satisfies readonly RegistrationPolicy[];
export const lateStartModes = ['until_close', 'full_duration', 'minutes_before_close'] as const satisfies readonly LateStartMode[];

/** How much of a round must remain for a new attempt to start (the server's rule, for the form's checks). */
export function requiredRemainingMs(rule: { mode: LateStartMode; minutes?: number | null }, durationSeconds: number): number {
  if (rule.mode === 'full_duration') return durationSeconds * 1000;
  if (rule.mode === 'minutes_before_close') return (rule.minutes ?? 0) * 60_000;
  return 0;
}

/** What the participant's box on the contest page offers for the current round. */
export type StartOffer = 'register' | 'continue' | 'start' | 'too_late' | 'no_attempts' | 'upcoming' | 'finished';

export function startOffer(
  contest: Pick<Contest, 'access' | 'attemptsAllowed' | 'mine'>,
  round: Pick<ContestRound, 'state' | 'latestStartAt'> | undefined,
  running: string | null | undefined,
  now: number,
): StartOffer {
  if (running) return 'continue';
  if (contest.access === 'can_register') return round?.state === 'closed' || !round ? 'finished' : 'register';
  if (round?.state === 'upcoming') return 'upcoming';
  if (round?.state !== 'open') return 'finished';
  if (contest.mine && contest.mine.attemptsUsed >= contest.attemptsAllowed) return 'no_attempts';
  if (now > Date.parse(round.latestStartAt)) return 'too_late';
  return 'start';
}
