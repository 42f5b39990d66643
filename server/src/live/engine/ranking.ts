/** What ranking reads of a player. */
export interface Rankable {
  score: number;
  correctMs: number;
  joinOrder: number;
}

/** Score first, then the faster total time over correct answers, then who joined first. Never 0 for two players. */
export function compareStanding(a: Rankable, b: Rankable): number {
  return b.score - a.score || a.correctMs - b.correctMs || a.joinOrder - b.joinOrder;
}

/** Sorted best first; ranks are positions (1, 2, 3…), as the tie-breaks leave no ties. */
export function rankOrder<T extends Rankable>(players: Iterable<T>): T[] {
  return [...players].sort(compareStanding);
}
