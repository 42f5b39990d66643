// Which leaderboard rows changed between two pictures, to highlight them. Pure.
import type { Leaderboard, LeaderboardEntry } from '../api/types.js';

export const entryKey = (entry: LeaderboardEntry): string => `${entry.displayName}|${entry.unitName ?? ''}`;

/** Keys of people who are new on the board or whose rank or score moved. */
export function changedEntries(previous: Leaderboard | null, next: Leaderboard): string[] {
  if (!previous || previous.roundId !== next.roundId) return [];
  const before = new Map(previous.entries.map((entry) => [entryKey(entry), entry]));
  return next.entries
    .filter((entry) => {
      const old = before.get(entryKey(entry));
      return !old || old.rank !== entry.rank || old.score !== entry.score;
    })
    .map(entryKey);
}
