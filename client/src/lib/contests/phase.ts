// Where a contest stands for the list pages. Pure.
import type { Contest, ContestRound } from '../api/types.js';

export type ContestPhase = 'open' | 'upcoming' | 'done';

/** Open if a round is open now; upcoming if a round is still to come; done otherwise. */
export function contestPhase(contest: Pick<Contest, 'rounds'>): ContestPhase {
  if (contest.rounds.some((round) => round.state === 'open')) return 'open';
  if (contest.rounds.some((round) => round.state === 'upcoming')) return 'upcoming';
  return 'done';
}

/** The round that matters now: the open one, else the next to open, else the last to close. */
export function currentRound(rounds: readonly ContestRound[]): ContestRound | undefined {
  return (
    rounds.find((round) => round.state === 'open') ??
    rounds.find((round) => round.state === 'upcoming') ??
    rounds.filter((round) => round.state === 'closed').at(-1)
  );
}

/** Contests grouped by phase; open ones closing soonest first, upcoming ones opening soonest first, done ones latest first. */
export function groupByPhase<T extends Pick<Contest, 'rounds'>>(contests: readonly T[]): Record<ContestPhase, T[]> {
  const groups: Record<ContestPhase, T[]> = { open: [], upcoming: [], done: [] };
  for (const contest of contests) groups[contestPhase(contest)].push(contest);
  const time = (contest: T, field: 'opensAt' | 'closesAt') => {
    const round = currentRound(contest.rounds);
    return round ? Date.parse(round[field]) : 0;
  };
  groups.open.sort((a, b) => time(a, 'closesAt') - time(b, 'closesAt'));
  groups.upcoming.sort((a, b) => time(a, 'opensAt') - time(b, 'opensAt'));
  groups.done.sort((a, b) => time(b, 'closesAt') - time(a, 'closesAt'));
  return groups;
}

/** Attempts still allowed in the current round, when the server told us how many were used. */
export function attemptsLeft(contest: Pick<Contest, 'attemptsAllowed' | 'mine'>): number | null {
  if (!contest.mine) return null;
  return Math.max(0, contest.attemptsAllowed - contest.mine.attemptsUsed);
}
