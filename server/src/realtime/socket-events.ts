/** Socket event names and room names, declared once for the server, the client and the tests. */
export const SOCKET_EVENTS = {
  /** client → server, ack `{ data: user }` */
  sessionMe: 'session:me',
} as const;

/** Namespace `/contests`. */
export const CONTEST_EVENTS = {
  /** client → server `{ contestId, roundId? }`, ack `{ data: leaderboard }`; then `leaderboard:update` pushes */
  watch: 'contest:watch',
  /** server → watchers: the leaderboard shape of GET /api/contests/:id/leaderboard */
  leaderboardUpdate: 'leaderboard:update',
} as const;

export function leaderboardRoom(roundId: string, full: boolean): string {
  return `leaderboard:${roundId}:${full ? 'full' : 'public'}`;
}
